//! Splits a sentence into word and punctuation tokens with byte spans, and
//! matches multi-word phrases of the lexicon against token sequences.
//!
//! Words keep inner hyphens (`co-op`, `Amir-Abdollahian`) and inner dots of
//! abbreviations (`U.S.`); a possessive `'s` and a negation `n't` are tokens
//! of their own. Matching is on lower-case words, leftmost-longest. This
//! module does not know what any word means.
//!
//! A token's lower-case form borrows the document's text wherever the text
//! is lower case already (most words and all punctuation), or a copy of the
//! document in ASCII lower case when one is given ([`tokenize_lowered`]),
//! and is its own string only where it differs, so tokenizing allocates
//! little.

use crate::text::Span;
use rustc_hash::FxHashMap;
use std::borrow::{Borrow, Cow};
use std::cell::RefCell;
use std::fmt;
use std::ops::Deref;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Punct,
}

/// The lower-case form of a token, with `’` as `'`: a string slice
/// (`Deref<Target = str>`, [`Lower::as_str`]) that compares with `str` and
/// `String`, borrowed from the document where the text is lower case already.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Lower<'a>(Cow<'a, str>);

impl<'a> Lower<'a> {
    /// The lower-case form of `text`, borrowing `text` when it is lower case already.
    pub fn of(text: &'a str) -> Lower<'a> {
        if text.is_ascii() {
            if text.bytes().any(|b| b.is_ascii_uppercase()) {
                Lower(Cow::Owned(text.to_ascii_lowercase()))
            } else {
                Lower(Cow::Borrowed(text))
            }
        } else {
            let lower = text.to_lowercase().replace('’', "'");
            if lower == text {
                Lower(Cow::Borrowed(text))
            } else {
                Lower(Cow::Owned(lower))
            }
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form as an owned string.
    pub fn into_string(self) -> String {
        self.0.into_owned()
    }
}

impl Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Lower<'_> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Lower<'_> {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Lower<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Lower<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Lower<'_> {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<Lower<'_>> for str {
    fn eq(&self, other: &Lower<'_>) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Lower<'_>> for &str {
    fn eq(&self, other: &Lower<'_>) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Lower<'_>> for String {
    fn eq(&self, other: &Lower<'_>) -> bool {
        self.as_str() == other.as_str()
    }
}

impl From<Lower<'_>> for String {
    fn from(l: Lower<'_>) -> String {
        l.into_string()
    }
}

/// A token: its span in the document and its lower-case form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    pub span: Span,
    pub kind: TokenKind,
    pub lower: Lower<'a>,
    /// Whether the token starts with an upper-case letter.
    pub capitalized: bool,
}

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub fn is(&self, lower: &str) -> bool {
        self.lower == lower
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Tokenizes `span` of `text`.
pub fn tokenize(text: &str, span: Span) -> Vec<Token<'_>> {
    tokenize_lowered(text, "", span)
}

/// Like [`tokenize`], with `lowered` the whole of `text` in ASCII lower case
/// (`text.to_ascii_lowercase()`, made once for a document): an ASCII word
/// with capitals borrows its lower-case form from it instead of allocating
/// one. Any other `lowered` is ignored.
pub fn tokenize_lowered<'a>(text: &'a str, lowered: &'a str, span: Span) -> Vec<Token<'a>> {
    let lowered = if lowered.len() == text.len() {
        span.slice(lowered)
    } else {
        ""
    };
    thread_local! {
        /// The characters of the sentence being tokenized, kept from one sentence to the next.
        static CHARS: RefCell<Vec<(usize, char)>> = const { RefCell::new(Vec::new()) };
    }
    CHARS.with(|chars| {
        let mut chars = chars.borrow_mut();
        chars.clear();
        let s = span.slice(text);
        if s.is_ascii() {
            // every byte is a character
            chars.extend(s.bytes().enumerate().map(|(i, b)| (i, char::from(b))));
        } else {
            chars.extend(s.char_indices());
        }
        tokenize_chars(text, lowered, span, &chars)
    })
}

fn tokenize_chars<'a>(
    text: &'a str,
    lowered: &'a str,
    span: Span,
    chars: &[(usize, char)],
) -> Vec<Token<'a>> {
    let s = span.slice(text);
    let mut out = Vec::with_capacity(s.len() / 4 + 1);
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c == 'n' && i + 2 < chars.len() && is_apostrophe(chars[i + 1].1) && chars[i + 2].1 == 't'
        {
            push(
                &mut out,
                span.start,
                (s, lowered),
                b,
                byte_at(chars, s, i + 3),
                TokenKind::Word,
            );
            i += 3;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len() {
                let ch = chars[j].1;
                if ch.is_alphanumeric() {
                    j += 1;
                } else if (ch == '-' || ch == '.' || ch == ',' || ch == '/')
                    && j + 1 < chars.len()
                    && chars[j + 1].1.is_alphanumeric()
                {
                    // inner hyphen, abbreviation dot, number separator
                    if ch == ','
                        && !(chars[j - 1].1.is_ascii_digit() && chars[j + 1].1.is_ascii_digit())
                    {
                        break;
                    }
                    if ch == '.'
                        && !(chars[j - 1].1.is_uppercase() || chars[j - 1].1.is_ascii_digit())
                    {
                        break;
                    }
                    j += 1;
                } else if ch == '.' && is_dotted_abbreviation(&chars[i..=j]) {
                    // the final dot of "U.S."
                    j += 1;
                    break;
                } else {
                    break;
                }
            }
            // split "didn't" into "did" + "n't"
            let mut end = j;
            if j < chars.len()
                && is_apostrophe(chars[j].1)
                && j + 1 < chars.len()
                && chars[j + 1].1 == 't'
                && end - i >= 2
                && chars[end - 1].1 == 'n'
            {
                end -= 1;
            }
            push(
                &mut out,
                span.start,
                (s, lowered),
                b,
                byte_at(chars, s, end),
                TokenKind::Word,
            );
            i = end;
            continue;
        }
        if is_apostrophe(c) && i + 1 < chars.len() {
            // possessive 's / s' and n't
            let next = chars[i + 1].1;
            let after = chars.get(i + 2).map(|x| x.1);
            if (next == 's' || next == 'S') && !after.is_some_and(char::is_alphanumeric) {
                push(
                    &mut out,
                    span.start,
                    (s, lowered),
                    b,
                    byte_at(chars, s, i + 2),
                    TokenKind::Word,
                );
                i += 2;
                continue;
            }
            if next == 't' && i > 0 && chars[i - 1].1 == 'n' {
                // handled with the preceding n
            }
        }
        push(
            &mut out,
            span.start,
            (s, lowered),
            b,
            byte_at(chars, s, i + 1),
            TokenKind::Punct,
        );
        i += 1;
    }
    out
}

fn is_dotted_abbreviation(chars: &[(usize, char)]) -> bool {
    // "U.S" followed by ".": letters alternating with dots, all capitals
    let mut word = chars;
    while let Some(((_, '.'), rest)) = word.split_last() {
        word = rest;
    }
    word.iter().any(|x| x.1 == '.')
        && word
            .split(|x| x.1 == '.')
            .all(|p| p.len() == 1 && p[0].1.is_uppercase())
}

fn byte_at(chars: &[(usize, char)], s: &str, i: usize) -> usize {
    chars.get(i).map_or(s.len(), |x| x.0)
}

/// Pushes the token `start..end` of the sentence `s.0` (`s.1`: the sentence
/// in ASCII lower case, or empty).
fn push<'a>(
    out: &mut Vec<Token<'a>>,
    base: usize,
    s: (&'a str, &'a str),
    start: usize,
    end: usize,
    kind: TokenKind,
) {
    let text = &s.0[start..end];
    let lower = match s.1.get(start..end) {
        Some(lowered) if text.is_ascii() => Lower(Cow::Borrowed(lowered)),
        _ => Lower::of(text),
    };
    let capitalized = text.chars().next().is_some_and(char::is_uppercase);
    out.push(Token {
        span: Span::new(base + start, base + end),
        kind,
        lower,
        capitalized,
    });
}

/// Calls `f` with `s` in lower case, as [`str::to_lowercase`] writes it,
/// lower-cased on the stack when `s` is short and ASCII.
pub fn with_lowercase<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if s.is_ascii() && s.len() <= buf.len() {
        let out = &mut buf[..s.len()];
        out.copy_from_slice(s.as_bytes());
        out.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(out) {
            return f(lower);
        }
    }
    f(&s.to_lowercase())
}

/// The lower-case words of a phrase, as the tokenizer would split it.
pub fn phrase_words(phrase: &str) -> Vec<String> {
    tokenize(phrase, Span::new(0, phrase.len()))
        .into_iter()
        .map(|t| t.lower.into_string())
        .collect()
}

/// A filter over a set of words that rules out most other words without
/// hashing or comparing them: one bit for each class of words with the same
/// length, first two bytes and last byte. A word whose bit is clear is not
/// in the set; a word whose bit is set may be.
#[derive(Debug, Clone)]
pub struct WordFilter {
    bits: Vec<u64>,
}

impl Default for WordFilter {
    fn default() -> Self {
        WordFilter {
            bits: vec![0; WordFilter::WORDS],
        }
    }
}

impl WordFilter {
    /// 16 Ki bits, 2 KiB: few classes collide for sets of a few thousand words.
    const WORDS: usize = 1 << 8;

    fn slot(word: &str) -> usize {
        let b = word.as_bytes();
        let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
            return 0;
        };
        let second = b.get(1).copied().unwrap_or(0);
        let key = (b.len() as u64)
            | u64::from(first) << 16
            | u64::from(second) << 24
            | u64::from(last) << 32;
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 50) as usize
    }

    pub fn insert(&mut self, word: &str) {
        let s = Self::slot(word);
        if let Some(w) = self.bits.get_mut(s / 64) {
            *w |= 1 << (s % 64);
        }
    }

    /// False when `word` is certainly not in the set.
    #[inline]
    pub fn may_contain(&self, word: &str) -> bool {
        let s = Self::slot(word);
        self.bits
            .get(s / 64)
            .is_some_and(|w| w & (1 << (s % 64)) != 0)
    }
}

/// A phrase's lower-case words and its values.
type Phrase<T> = (Vec<String>, Vec<T>);

/// A set of multi-word phrases, each with values, matched leftmost-longest
/// against lower-case tokens.
#[derive(Debug, Clone)]
pub struct PhraseSet<T> {
    by_first: FxHashMap<String, Vec<Phrase<T>>>,
    /// The first words, for a quick test before the hash lookup.
    firsts: WordFilter,
}

impl<T> Default for PhraseSet<T> {
    fn default() -> Self {
        PhraseSet {
            by_first: FxHashMap::default(),
            firsts: WordFilter::default(),
        }
    }
}

impl<T: Clone + PartialEq> PhraseSet<T> {
    pub fn insert(&mut self, phrase: &str, value: T) {
        let words = phrase_words(phrase);
        let Some(first) = words.first().cloned() else {
            return;
        };
        self.firsts.insert(&first);
        let list = self.by_first.entry(first).or_default();
        match list.iter_mut().find(|(w, _)| *w == words) {
            Some((_, values)) => {
                if !values.contains(&value) {
                    values.push(value);
                }
            }
            None => {
                list.push((words, vec![value]));
                list.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
            }
        }
    }

    /// The longest phrase starting at token `i`: its length in tokens and its values.
    pub fn longest_at(&self, tokens: &[Token], i: usize) -> Option<(usize, &[T])> {
        let first = tokens.get(i)?.lower.as_str();
        if !self.firsts.may_contain(first) {
            return None;
        }
        let list = self.by_first.get(first)?;
        // the first word is the key
        let rest = &tokens[i + 1..];
        list.iter()
            .find(|(words, _)| {
                words.len() <= rest.len() + 1
                    && words[1..].iter().zip(rest).all(|(w, t)| *w == t.lower)
            })
            .map(|(words, values)| (words.len(), values.as_slice()))
    }

    /// Like [`PhraseSet::find_all`], reading only the tokens `keep` accepts
    /// (a phrase may run across quotation marks); positions are in `tokens`.
    pub fn find_all_kept(
        &self,
        tokens: &[Token],
        keep: impl Fn(&Token) -> bool,
    ) -> Vec<(usize, usize, &[T])> {
        let mut kept: Vec<usize> = Vec::with_capacity(tokens.len());
        kept.extend((0..tokens.len()).filter(|&i| keep(&tokens[i])));
        let mut out = Vec::new();
        let mut i = 0;
        while i < kept.len() {
            let first = tokens[kept[i]].lower.as_str();
            let found = Some(first)
                .filter(|w| self.firsts.may_contain(w))
                .and_then(|w| self.by_first.get(w))
                .and_then(|list| {
                    list.iter().find(|(words, _)| {
                        words.len() <= kept.len() - i
                            && words
                                .iter()
                                .enumerate()
                                .skip(1)
                                .all(|(k, w)| *w == tokens[kept[i + k]].lower)
                    })
                });
            match found {
                Some((words, values)) => {
                    let n = words.len();
                    out.push((kept[i], kept[i + n - 1] + 1 - kept[i], values.as_slice()));
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }

    /// All matches, leftmost-longest and not overlapping: (first token, token count, values).
    pub fn find_all(&self, tokens: &[Token]) -> Vec<(usize, usize, &[T])> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match self.longest_at(tokens, i) {
                Some((n, values)) => {
                    out.push((i, n, values));
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &[&str]) {
        let got: Vec<&str> = tokenize(input, Span::new(0, input.len()))
            .iter()
            .map(|t| t.span.slice(input))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn words_and_punctuation() {
        check(
            "Iran's drones, U.S. aid.",
            &["Iran", "'s", "drones", ",", "U.S.", "aid", "."],
        );
        check(
            "Iran-Russia co-op: \"no\"",
            &["Iran-Russia", "co-op", ":", "\"", "no", "\""],
        );
        check(
            "didn't send 1,000 drones",
            &["did", "n't", "send", "1,000", "drones"],
        );
        check("Russia’s top backers", &["Russia", "’s", "top", "backers"]);
    }

    #[test]
    fn phrases_match_longest_first() {
        let mut set = PhraseSet::default();
        set.insert("push back", 1);
        set.insert("push", 2);
        let text = "they push back on Iran";
        let toks = tokenize(text, Span::new(0, text.len()));
        let found: Vec<(usize, usize, Vec<i32>)> = set
            .find_all(&toks)
            .into_iter()
            .map(|(i, n, v)| (i, n, v.to_vec()))
            .collect();
        assert_eq!(found, vec![(1, 2, vec![1])]);
    }
}
