//! Chains of relations between two entities: the shortest ways the graph
//! links them, each step with every relation between its two entities and
//! the direction in which it runs.
//!
//! Relations are followed in both directions (Iran supplies Russia, Ukraine
//! accuses Russia: Iran and Ukraine are two steps apart), and each step
//! marks whether it is read forwards or backwards. Chains are found by a
//! breadth-first search over the petgraph graph and listed in sorted order
//! of entity ids, so the output is the same on every run.
//!
//! This module does not weigh or rank relations: a step over a denied or
//! claimed relation counts as a step, and is shown as denied or claimed.

use crate::graph::{Entity, KnowledgeGraph, Relation};
use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// Whether a relation runs along the chain or against it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Direction {
    /// The step's `from` entity is the relation's subject.
    Forward,
    /// The step's `from` entity is the relation's object.
    Backward,
}

/// Two neighbouring entities of a chain and every relation between them.
#[derive(Debug, Clone)]
pub struct Step<'g> {
    pub from: &'g Entity,
    pub to: &'g Entity,
    pub relations: Vec<(&'g Relation, Direction)>,
}

/// A chain of steps from one entity to another.
#[derive(Debug, Clone)]
pub struct Chain<'g> {
    pub steps: Vec<Step<'g>>,
}

/// Entity id -> its neighbours' ids (either direction), sorted.
fn neighbours(graph: &KnowledgeGraph) -> BTreeMap<&str, BTreeSet<&str>> {
    let pg = graph.petgraph();
    let mut adj: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for e in graph.entities() {
        let set = adj.entry(e.id.as_str()).or_default();
        if let Some(ix) = graph.node(&e.id) {
            for n in pg.neighbors_undirected(ix) {
                if n != ix {
                    set.insert(pg[n].id.as_str());
                }
            }
        }
    }
    adj
}

fn distances<'a>(
    adj: &BTreeMap<&'a str, BTreeSet<&'a str>>,
    start: &'a str,
) -> BTreeMap<&'a str, usize> {
    let mut dist = BTreeMap::from([(start, 0)]);
    let mut queue = VecDeque::from([start]);
    while let Some(v) = queue.pop_front() {
        let d = dist[v];
        for &n in adj.get(v).into_iter().flatten() {
            if !dist.contains_key(n) {
                dist.insert(n, d + 1);
                queue.push_back(n);
            }
        }
    }
    dist
}

/// Up to `max` shortest chains from `from` to `to` (entity ids). Empty when
/// they are not linked, or when either is not in the graph.
pub fn shortest_chains<'g>(
    graph: &'g KnowledgeGraph,
    from: &str,
    to: &str,
    max: usize,
) -> Vec<Chain<'g>> {
    let adj = neighbours(graph);
    let (Some((&from, _)), Some((&to, _))) = (adj.get_key_value(from), adj.get_key_value(to))
    else {
        return Vec::new();
    };
    if from == to || max == 0 {
        return Vec::new();
    }
    let from_start = distances(&adj, from);
    let to_end = distances(&adj, to);
    let Some(&length) = from_start.get(to) else {
        return Vec::new();
    };

    // Depth-first over nodes that lie on some shortest path, in sorted order.
    let mut found: Vec<Vec<&str>> = Vec::new();
    let mut stack: Vec<Vec<&str>> = vec![vec![from]];
    while let Some(path) = stack.pop() {
        if found.len() >= max {
            break;
        }
        let Some(&last) = path.last() else { continue };
        if last == to {
            found.push(path);
            continue;
        }
        let d = path.len() - 1;
        let next: Vec<&str> = adj
            .get(last)
            .into_iter()
            .flatten()
            .copied()
            .filter(|n| {
                from_start.get(n) == Some(&(d + 1))
                    && to_end.get(n).is_some_and(|t| d + 1 + t == length)
            })
            .collect();
        for n in next.into_iter().rev() {
            let mut p = path.clone();
            p.push(n);
            stack.push(p);
        }
    }
    found
        .into_iter()
        .filter_map(|nodes| chain(graph, &nodes))
        .collect()
}

fn chain<'g>(graph: &'g KnowledgeGraph, nodes: &[&str]) -> Option<Chain<'g>> {
    let mut steps = Vec::new();
    for pair in nodes.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let relations: Vec<(&Relation, Direction)> = graph
            .relations()
            .filter_map(|r| {
                if r.subject == a && r.object == b {
                    Some((r, Direction::Forward))
                } else if r.subject == b && r.object == a {
                    Some((r, Direction::Backward))
                } else {
                    None
                }
            })
            .collect();
        steps.push(Step {
            from: graph.entity(a)?,
            to: graph.entity(b)?,
            relations,
        });
    }
    Some(Chain { steps })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::Evidence;
    use crate::ontology::{EntityKind, Predicate};

    fn graph(edges: &[(&str, &str)]) -> KnowledgeGraph {
        let mut g = KnowledgeGraph::new();
        for (s, o) in edges {
            g.add_entity(Entity::new(*s, *s, EntityKind::Country));
            g.add_entity(Entity::new(*o, *o, EntityKind::Country));
            g.add_relation(Relation {
                evidence: vec![Evidence::new("d", 0, 0, 1, "x")],
                ..Relation::new(*s, Predicate::Supports, *o)
            });
        }
        g
    }

    fn check(edges: &[(&str, &str)], from: &str, to: &str, expected: &[&str]) {
        let g = graph(edges);
        let got: Vec<String> = shortest_chains(&g, from, to, 10)
            .iter()
            .map(|c| {
                let mut s = from.to_owned();
                for step in &c.steps {
                    let arrow = match step.relations.first().map(|r| r.1) {
                        Some(Direction::Forward) => ">",
                        _ => "<",
                    };
                    s.push_str(&format!(" {arrow} {}", step.to.id));
                }
                s
            })
            .collect();
        assert_eq!(got, expected, "{from} to {to} over {edges:?}");
    }

    #[test]
    fn chains_follow_edges_both_ways_and_stay_shortest() {
        check(&[("a", "b"), ("c", "b")], "a", "c", &["a > b < c"]);
        check(
            &[
                ("a", "b"),
                ("b", "d"),
                ("a", "c"),
                ("c", "d"),
                ("a", "x"),
                ("x", "y"),
                ("y", "d"),
            ],
            "a",
            "d",
            &["a > b > d", "a > c > d"],
        );
        check(&[("a", "b"), ("c", "d")], "a", "d", &[]);
        check(&[("a", "b")], "a", "a", &[]);
    }
}
