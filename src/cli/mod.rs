//! The command line: clap definitions, turned into library calls. Nothing
//! below this module sees clap.

pub mod build;
pub mod eval;
pub mod explain;
pub mod load;
pub mod path;
pub mod query;
pub mod render;
pub mod sparql;

use clap::{Parser, Subcommand};

/// Turn news articles into a knowledge graph: who does what to whom, and who says so.
#[derive(Debug, Parser)]
#[command(name = "newskg", version, about, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Build(build::BuildArgs),
    Eval(eval::EvalArgs),
    Explain(explain::ExplainArgs),
    Render(render::RenderArgs),
    Query(query::QueryArgs),
    Path(path::PathArgs),
    Sparql(sparql::SparqlArgs),
    Load(load::LoadArgs),
}

/// Runs the command; returns the process exit code.
pub fn run(cli: Cli) -> anyhow::Result<i32> {
    match cli.command {
        Command::Build(a) => build::run(a),
        Command::Eval(a) => eval::run(a),
        Command::Explain(a) => explain::run(a),
        Command::Render(a) => render::run(a),
        Command::Query(a) => query::run(a),
        Command::Path(a) => path::run(a),
        Command::Sparql(a) => sparql::run(a),
        Command::Load(a) => load::run(a),
    }
}
