//! Splits a document into sentences, as byte spans into its text.
//!
//! Lines are paragraphs (a headline, a dateline, a bullet are sentences of
//! their own); inside a line a sentence ends at `.`, `!` or `?` (with any
//! closing quotes) followed by a space and a capital, a digit or a quote,
//! unless the word before the dot is a known abbreviation (`Gen.`, `Jan.`)
//! or a single initial (`J.`). Abbreviations of states and bodies (`U.S.`)
//! and initials (`K.P.`) end a sentence only when a typical sentence opener
//! follows.
//!
//! It does not tokenize, and it never drops text that is not white space.

use crate::lexicon::Lexicon;
use crate::text::Span;

/// One sentence: its index in the document and its span (trimmed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub index: usize,
    pub span: Span,
}

/// Words that start sentences, used after a dotted country abbreviation.
const OPENERS: &[&str] = &[
    "The",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "However",
    "In",
    "On",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Its",
    "Their",
    "Meanwhile",
    "Earlier",
    "Later",
    "Separately",
    "Officials",
    "And",
    "As",
];

const BULLETS: &[char] = &['-', '*', '•', '–', '—', '·'];

/// Splits `text` into sentences.
pub fn split(text: &str, lex: &Lexicon) -> Vec<Sentence> {
    // room for sentences of a hundred bytes on average, news sentences being longer
    let mut out = Vec::with_capacity(text.len() / 100 + 1);
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        split_line(text, Span::new(start, start + line.len()), lex, &mut out);
    }
    for (i, s) in out.iter_mut().enumerate() {
        s.index = i;
    }
    out
}

fn split_line(text: &str, line: Span, lex: &Lexicon, out: &mut Vec<Sentence>) {
    let s = line.slice(text);
    // A bullet marker at the start of a line is not part of the sentence.
    let trimmed = s.trim_start();
    let mut offset = line.start + (s.len() - trimmed.len());
    if let Some(c) = trimmed.chars().next() {
        if BULLETS.contains(&c) && trimmed[c.len_utf8()..].starts_with(' ') {
            offset += c.len_utf8();
        }
    }
    let body = Span::new(offset, line.end);
    let b = body.slice(text);
    let bytes = b.as_bytes();
    let mut sent_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        i = next_terminal(bytes, i);
        let Some(&c) = bytes.get(i) else {
            break;
        };
        if c == b'.' || c == b'!' || c == b'?' {
            // include closing quotes and brackets
            let mut j = i + 1;
            loop {
                let rest = &b[j..];
                if let Some(ch) = rest.chars().next() {
                    if matches!(ch, '"' | '\'' | '”' | '’' | ')' | ']' | '»') {
                        j += ch.len_utf8();
                        continue;
                    }
                }
                break;
            }
            let rest = &b[j..];
            let after_ws = rest.trim_start();
            let has_space = after_ws.len() < rest.len();
            if has_space
                && !after_ws.is_empty()
                && starts_sentence(after_ws)
                && !is_abbreviation(b, i, after_ws, lex)
            {
                push(
                    text,
                    Span::new(body.start + sent_start, body.start + j),
                    out,
                );
                sent_start = j;
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    push(text, Span::new(body.start + sent_start, body.end), out);
}

/// The position of the first `.`, `!` or `?` in `bytes` from `from` on, or
/// the length of `bytes`: sixteen bytes at a time where none is, in a test
/// the compiler can make one vector comparison.
fn next_terminal(bytes: &[u8], from: usize) -> usize {
    const CHUNK: usize = 16;
    let is_terminal = |c: u8| (c == b'.') | (c == b'!') | (c == b'?');
    let mut i = from;
    while let Some(chunk) = bytes
        .get(i..i + CHUNK)
        .and_then(|c| <&[u8; CHUNK]>::try_from(c).ok())
    {
        if chunk.iter().fold(false, |any, &c| any | is_terminal(c)) {
            break;
        }
        i += CHUNK;
    }
    bytes
        .get(i..)
        .and_then(|rest| rest.iter().position(|&c| is_terminal(c)))
        .map_or(bytes.len(), |k| i + k)
}

fn starts_sentence(s: &str) -> bool {
    match s.chars().next() {
        Some(c) => {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[')
        }
        None => false,
    }
}

/// Whether the dot at `dot` ends an abbreviation rather than a sentence.
fn is_abbreviation(line: &str, dot: usize, next: &str, lex: &Lexicon) -> bool {
    if line.as_bytes()[dot] != b'.' {
        return false;
    }
    let word_start = line[..dot]
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .map_or(0, |p| p + 1);
    let word = &line[word_start..=dot];
    let bare = &line[word_start..dot];
    // a single initial: "William J. Burns"
    if bare.chars().count() == 1 && bare.chars().all(char::is_uppercase) {
        return true;
    }
    // initials: "Prime Minister K.P. Sharma Oli", "J.K. Rowling" (a name goes on
    // unless a typical opener follows, as after "U.S.")
    let initials = bare.len() >= 3
        && bare
            .split('.')
            .all(|x| x.len() == 1 && x.chars().all(|c| c.is_ascii_uppercase()));
    if initials && !lex.abbreviations.contains(word) {
        let next_word: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
        return !OPENERS.contains(&next_word.as_str());
    }
    if !lex.abbreviations.contains(word) {
        return false;
    }
    // "U.S." ends a sentence before a typical opener; "Gen." never does
    let dotted_caps = bare.contains('.')
        && bare
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    if dotted_caps {
        let next_word: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
        return !OPENERS.contains(&next_word.as_str());
    }
    true
}

/// The longest sentence, in bytes. News sentences are far shorter; text with
/// no sentence punctuation (a table, a run-on line, a binary turned text) is
/// cut into pieces of this length, after a `;` or `,` or between words where
/// it can be, so that no stage's per-sentence work grows with the document.
pub const MAX_SENTENCE: usize = 2000;

fn push(text: &str, span: Span, out: &mut Vec<Sentence>) {
    let s = span.slice(text);
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    let mut span = Span::new(span.start + lead, span.end - trail);
    while span.end - span.start > MAX_SENTENCE {
        let piece = span.slice(text);
        let mut limit = MAX_SENTENCE;
        while !piece.is_char_boundary(limit) {
            limit -= 1;
        }
        let head = &piece[..limit];
        let cut = head
            .rfind("; ")
            .or_else(|| head.rfind(", "))
            .map(|k| k + 1)
            .filter(|&k| k > MAX_SENTENCE / 2)
            .or_else(|| head.rfind(char::is_whitespace).filter(|&k| k > 0))
            .unwrap_or(limit);
        push(text, Span::new(span.start, span.start + cut), out);
        let rest = &piece[cut..];
        span = Span::new(
            span.start + cut + (rest.len() - rest.trim_start().len()),
            span.end,
        );
    }
    if !span.is_empty() {
        out.push(Sentence { index: 0, span });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminals_found_past_whole_chunks() {
        let text = "a".repeat(40) + "?" + &"b".repeat(20) + "." + &"c".repeat(3);
        let bytes = text.as_bytes();
        assert_eq!(next_terminal(bytes, 0), 40);
        assert_eq!(next_terminal(bytes, 40), 40);
        assert_eq!(next_terminal(bytes, 41), 61);
        assert_eq!(next_terminal(bytes, 62), bytes.len());
        assert_eq!(next_terminal(bytes, bytes.len()), bytes.len());
    }

    #[test]
    fn a_run_on_line_is_cut_into_sentences_of_bounded_length() {
        let lex = Lexicon::embedded().expect("lexicon");
        let text = "Iran said the drones, and more, went to Russia ".repeat(400);
        let sents = split(&text, &lex);
        assert!(sents.len() > 1);
        assert!(sents
            .iter()
            .all(|s| s.span.end - s.span.start <= MAX_SENTENCE));
        // nothing but white space is dropped
        let kept: usize = sents.iter().map(|s| s.span.end - s.span.start).sum();
        let words: usize = text.split_whitespace().map(str::len).sum();
        assert!(kept >= words);
        // no spaces at either end of a piece
        assert!(sents
            .iter()
            .all(|s| !s.span.slice(&text).starts_with(' ') && !s.span.slice(&text).ends_with(' ')));
        // one long word is cut at a character boundary
        let text = "é".repeat(3000);
        let sents = split(&text, &lex);
        assert_eq!(
            sents
                .iter()
                .map(|s| s.span.slice(&text))
                .collect::<String>(),
            text
        );
    }

    fn check(input: &str, expected: &[&str]) {
        let lex = Lexicon::embedded().expect("lexicon");
        let got: Vec<&str> = split(input, &lex)
            .iter()
            .map(|s| s.span.slice(input))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn splits_on_terminal_punctuation() {
        check(
            "Iran denied it. Russia agreed! Why?",
            &["Iran denied it.", "Russia agreed!", "Why?"],
        );
    }

    #[test]
    fn keeps_abbreviations() {
        check(
            "Gen. Mark Milley met U.S. officials on Jan. 5 in Washington. The U.N. said so.",
            &[
                "Gen. Mark Milley met U.S. officials on Jan. 5 in Washington.",
                "The U.N. said so.",
            ],
        );
        check("William J. Burns spoke.", &["William J. Burns spoke."]);
        check(
            "Prime Minister K.P. Sharma Oli spoke. He was met by A.B. The talks ended.",
            &[
                "Prime Minister K.P. Sharma Oli spoke.",
                "He was met by A.B.",
                "The talks ended.",
            ],
        );
    }

    #[test]
    fn country_abbreviation_can_end_a_sentence() {
        check(
            "Sanctions came from the U.S. The minister said so.",
            &["Sanctions came from the U.S.", "The minister said so."],
        );
    }

    #[test]
    fn lines_are_sentences_and_bullets_are_dropped() {
        check(
            "Headline: Pentagon\nLONDON - It said so.\n- First point\n* Second point\n",
            &[
                "Headline: Pentagon",
                "LONDON - It said so.",
                "First point",
                "Second point",
            ],
        );
    }

    #[test]
    fn quotes_close_the_sentence() {
        check(
            "\"We deny it.\" The minister left.",
            &["\"We deny it.\"", "The minister left."],
        );
        check(
            "\"Quite worried,\" said the director.",
            &["\"Quite worried,\" said the director."],
        );
    }

    #[test]
    fn spans_are_byte_offsets() {
        let text = "  Türkiye sent drones.  Kyiv thanked it.";
        let lex = Lexicon::embedded().expect("lexicon");
        let got = split(text, &lex);
        assert_eq!(got[0].span, Span::new(2, 23));
        assert_eq!(got[1].span.slice(text), "Kyiv thanked it.");
    }
}
