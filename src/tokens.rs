//! Splits a sentence into word and punctuation tokens with byte spans, and
//! matches multi-word phrases of the lexicon against token sequences.
//!
//! Words keep inner hyphens (`co-op`, `Amir-Abdollahian`), inner apostrophes
//! (`Ta'ang`, `O'Brien`) and inner dots of abbreviations (`U.S.`); a
//! possessive `'s` and a negation `n't` are tokens of their own. Matching is on lower-case words, leftmost-longest. This
//! module does not know what any word means.
//!
//! A token's lower-case form borrows the document's text wherever the text
//! is lower case already (most words and all punctuation), or a copy of the
//! document in ASCII lower case when one is given ([`tokenize_lowered`]),
//! and is its own string only where it differs, so tokenizing allocates
//! little.

use crate::text::Span;
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
    /// Whether the token is a word of ASCII letters and digits only.
    plain: bool,
    /// The lower-case form's slot in a [`WordFilter`], worked out once.
    slot: u16,
}

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// Whether the token is a word of ASCII letters and digits only (no
    /// inner hyphen or dot, no apostrophe).
    pub fn is_plain_word(&self) -> bool {
        self.plain
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
    let mut out = Vec::with_capacity(span.len() / 4 + 1);
    tokenize_lowered_into(text, lowered, span, &mut out);
    out
}

/// Like [`tokenize_lowered`], the tokens appended to `out` (so that one list
/// can hold every sentence of a document).
pub fn tokenize_lowered_into<'a>(
    text: &'a str,
    lowered: &'a str,
    span: Span,
    out: &mut Vec<Token<'a>>,
) {
    let lowered = if lowered.len() == text.len() {
        span.slice(lowered)
    } else {
        ""
    };
    let s = span.slice(text);
    if s.is_ascii() {
        // every byte is a character: no decoding, and every word borrows its lower-case form
        return tokenize_chars(span, (s, lowered), s.as_bytes(), true, out);
    }
    thread_local! {
        /// The characters of the sentence being tokenized, kept from one sentence to the next.
        static CHARS: RefCell<Vec<(usize, char)>> = const { RefCell::new(Vec::new()) };
    }
    CHARS.with(|chars| {
        let mut chars = chars.borrow_mut();
        chars.clear();
        chars.extend(s.char_indices());
        tokenize_chars(span, (s, lowered), chars.as_slice(), false, out)
    })
}

/// The characters of a sentence by position, with their byte offsets: the
/// bytes of an ASCII sentence, or the decoded characters of any other.
trait Chars {
    fn count(&self) -> usize;
    /// The character at position `i` (which must be in range).
    fn char_at(&self, i: usize) -> char;
    /// The byte offset of position `i`, or `end` past the last character.
    fn offset(&self, i: usize, end: usize) -> usize;

    /// Whether the character at position `i` is alphanumeric.
    #[inline]
    fn alphanumeric_at(&self, i: usize) -> bool {
        self.char_at(i).is_alphanumeric()
    }

    /// The first position from `i` on whose character is not
    /// alphanumeric, or the count of characters.
    #[inline]
    fn skip_alphanumeric(&self, mut i: usize) -> usize {
        while i < self.count() && self.alphanumeric_at(i) {
            i += 1;
        }
        i
    }
}

/// The high bit of each byte of a `u64`.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that is an ASCII letter or digit, as
/// [`u8::is_ascii_alphanumeric`] has it: eight bytes tested at once.
#[inline]
fn alphanumeric_bytes(x: u64) -> u64 {
    const LOW_BITS: u64 = !HIGH_BITS;
    const ONES: u64 = 0x0101_0101_0101_0101;
    // each byte without its high bit, so that the sums below carry into no other byte
    let y = x & LOW_BITS;
    // the high bit of each byte of `v` (below 0x80) from `lo` to `hi`
    let within = |v: u64, lo: u8, hi: u8| {
        let at_least = v + ONES * u64::from(0x80 - lo);
        let above = v + ONES * u64::from(0x7f - hi);
        at_least & !above & HIGH_BITS
    };
    // (a letter in either case is a lower-case one with the case bit set)
    (within(y, b'0', b'9') | within(y | (ONES * 0x20), b'a', b'z')) & !x
}

impl Chars for [u8] {
    #[inline]
    fn count(&self) -> usize {
        self.len()
    }

    #[inline]
    fn char_at(&self, i: usize) -> char {
        char::from(self[i])
    }

    #[inline]
    fn offset(&self, i: usize, end: usize) -> usize {
        if i < self.len() {
            i
        } else {
            end
        }
    }

    #[inline]
    fn alphanumeric_at(&self, i: usize) -> bool {
        self[i].is_ascii_alphanumeric()
    }

    #[inline]
    fn skip_alphanumeric(&self, mut i: usize) -> usize {
        // eight bytes at a time, to the first that is no letter or digit
        while let Some(chunk) = self.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
            let x = u64::from_le_bytes(chunk);
            let others = !alphanumeric_bytes(x) & HIGH_BITS;
            if others != 0 {
                return i + (others.trailing_zeros() / 8) as usize;
            }
            i += 8;
        }
        while i < self.len() && self[i].is_ascii_alphanumeric() {
            i += 1;
        }
        i
    }
}

impl Chars for [(usize, char)] {
    #[inline]
    fn count(&self) -> usize {
        self.len()
    }

    #[inline]
    fn char_at(&self, i: usize) -> char {
        self[i].1
    }

    #[inline]
    fn offset(&self, i: usize, end: usize) -> usize {
        self.get(i).map_or(end, |x| x.0)
    }
}

/// Tokenizes the sentence `s.0` at `span` (`s.1`: the sentence in ASCII
/// lower case, or empty), whose characters are `chars`; `ascii` when the
/// sentence is all ASCII.
fn tokenize_chars<'a, C: Chars + ?Sized>(
    span: Span,
    s: (&'a str, &'a str),
    chars: &C,
    ascii: bool,
    out: &mut Vec<Token<'a>>,
) {
    let n = chars.count();
    let at = |i: usize| chars.char_at(i);
    let byte_at = |i: usize| chars.offset(i, s.0.len());
    // `plain`: for an ASCII sentence, whether the token is a word of letters and digits only
    let push =
        |out: &mut Vec<Token<'a>>, start: usize, end: usize, kind: TokenKind, plain: bool| {
            let plain = ascii.then_some(plain);
            push(out, span.start, s, plain, start, end, kind);
        };
    let mut i = 0;
    while i < n {
        let b = byte_at(i);
        let c = at(i);
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c == 'n' && i + 2 < n && is_apostrophe(at(i + 1)) && at(i + 2) == 't' {
            push(out, b, byte_at(i + 3), TokenKind::Word, false);
            i += 3;
            continue;
        }
        if chars.alphanumeric_at(i) {
            let mut j = i + 1;
            let mut inner = false;
            while j < n {
                j = chars.skip_alphanumeric(j);
                if j >= n {
                    break;
                }
                let ch = at(j);
                // "Ta'ang", "O'Brien", "N'Djamena": an apostrophe between letters,
                // neither a possessive "'s" nor the "n't" of a negation
                if is_apostrophe(ch)
                    && j + 1 < n
                    && at(j + 1).is_alphabetic()
                    && at(j - 1).is_alphabetic()
                    && !(matches!(at(j + 1), 's' | 'S')
                        && !(j + 2 < n && chars.alphanumeric_at(j + 2)))
                    && !(at(j - 1) == 'n' && at(j + 1) == 't')
                {
                    j += 2;
                    inner = true;
                    continue;
                }
                if (ch == '-' || ch == '.' || ch == ',' || ch == '/')
                    && j + 1 < n
                    && chars.alphanumeric_at(j + 1)
                {
                    // inner hyphen, abbreviation dot, number separator
                    if ch == ',' && !(at(j - 1).is_ascii_digit() && at(j + 1).is_ascii_digit()) {
                        break;
                    }
                    if ch == '.' && !(at(j - 1).is_uppercase() || at(j - 1).is_ascii_digit()) {
                        break;
                    }
                    j += 1;
                    inner = true;
                } else if ch == '.' && is_dotted_abbreviation((i..=j).map(at)) {
                    // the final dot of "U.S."
                    j += 1;
                    inner = true;
                    break;
                } else {
                    break;
                }
            }
            // split "didn't" into "did" + "n't"
            let mut end = j;
            if j < n
                && is_apostrophe(at(j))
                && j + 1 < n
                && at(j + 1) == 't'
                && end - i >= 2
                && at(end - 1) == 'n'
            {
                end -= 1;
            }
            push(out, b, byte_at(end), TokenKind::Word, !inner);
            i = end;
            continue;
        }
        if is_apostrophe(c) && i + 1 < n {
            // possessive 's / s' and n't
            let next = at(i + 1);
            let after = (i + 2 < n).then(|| at(i + 2));
            if (next == 's' || next == 'S') && !after.is_some_and(char::is_alphanumeric) {
                push(out, b, byte_at(i + 2), TokenKind::Word, false);
                i += 2;
                continue;
            }
            // an apostrophe before "t" after "n" was taken with the preceding n
        }
        push(out, b, byte_at(i + 1), TokenKind::Punct, false);
        i += 1;
    }
}

/// Whether the characters of a word up to a dot are a dotted abbreviation
/// ("U.S" followed by "."): letters alternating with dots, all capitals.
fn is_dotted_abbreviation(word: impl DoubleEndedIterator<Item = char> + Clone) -> bool {
    // the word without its trailing dots
    let trailing = word.clone().rev().take_while(|&c| c == '.').count();
    let total = word.clone().count();
    let word = word.take(total - trailing);
    let mut dots = 0;
    let mut piece = 0;
    for c in word {
        if c == '.' {
            if piece != 1 {
                return false;
            }
            dots += 1;
            piece = 0;
        } else {
            if piece != 0 || !c.is_uppercase() {
                return false;
            }
            piece = 1;
        }
    }
    dots > 0 && piece == 1
}

/// Pushes the token `start..end` of the sentence `s.0` (`s.1`: the sentence
/// in ASCII lower case, or empty). `plain` is given for an ASCII sentence
/// only: whether the token is a word of letters and digits.
#[inline(always)]
fn push<'a>(
    out: &mut Vec<Token<'a>>,
    base: usize,
    s: (&'a str, &'a str),
    plain: Option<bool>,
    start: usize,
    end: usize,
    kind: TokenKind,
) {
    let (lower, capitalized, plain) = if let Some(plain) = plain {
        // an ASCII sentence: the text is sliced only when no lower-case copy is given
        let lower = match s.1.get(start..end) {
            Some(lowered) => Lower(Cow::Borrowed(lowered)),
            None => Lower::of(&s.0[start..end]),
        };
        let capitalized = s.0.as_bytes()[start].is_ascii_uppercase();
        (lower, capitalized, plain)
    } else {
        let text = &s.0[start..end];
        let lower = match s.1.get(start..end) {
            Some(lowered) if text.is_ascii() => Lower(Cow::Borrowed(lowered)),
            _ => Lower::of(text),
        };
        let capitalized = text.chars().next().is_some_and(char::is_uppercase);
        let plain = kind == TokenKind::Word && lower.bytes().all(|b| b.is_ascii_alphanumeric());
        (lower, capitalized, plain)
    };
    let slot = WordFilter::slot(&lower);
    out.push(Token {
        span: Span::new(base + start, base + end),
        kind,
        lower,
        capitalized,
        plain,
        slot,
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
    bits: Box<[u64; WordFilter::WORDS]>,
}

impl Default for WordFilter {
    fn default() -> Self {
        WordFilter {
            bits: Box::new([0; WordFilter::WORDS]),
        }
    }
}

impl WordFilter {
    /// 16 Ki bits, 2 KiB: few classes collide for sets of a few thousand words.
    const WORDS: usize = 1 << 8;

    /// The bit of `word`: below `64 * WORDS`.
    fn slot(word: &str) -> u16 {
        let b = word.as_bytes();
        let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
            return 0;
        };
        let second = b.get(1).copied().unwrap_or(0);
        let key = (b.len() as u64)
            | u64::from(first) << 16
            | u64::from(second) << 24
            | u64::from(last) << 32;
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 50) as u16
    }

    pub fn insert(&mut self, word: &str) {
        let s = usize::from(Self::slot(word));
        if let Some(w) = self.bits.get_mut(s / 64) {
            *w |= 1 << (s % 64);
        }
    }

    /// False when `word` is certainly not in the set.
    #[inline]
    pub fn may_contain(&self, word: &str) -> bool {
        self.has_slot(Self::slot(word))
    }

    /// Like [`WordFilter::may_contain`] for a token's lower-case form, with
    /// its slot worked out by the tokenizer.
    #[inline]
    pub fn may_contain_token(&self, token: &Token) -> bool {
        self.has_slot(token.slot)
    }

    #[inline]
    fn has_slot(&self, s: u16) -> bool {
        let s = usize::from(s);
        // (a slot is below `64 * WORDS`: the word is in range without a test)
        self.bits[s / 64 % Self::WORDS] & (1 << (s % 64)) != 0
    }
}

/// A phrase's lower-case words and its values.
type Phrase<T> = (Vec<String>, Vec<T>);

/// The phrases that begin with one word, longest first.
#[derive(Debug, Clone)]
struct Phrases<T> {
    list: Vec<Phrase<T>>,
    /// The [`WordFilter`] slots of their second words, as bits (modulo
    /// 256): a token whose bit is clear is no phrase's second word.
    seconds: [u64; 4],
    /// The position in `list` of the phrase of the first word alone, if any.
    single: Option<usize>,
}

impl<T> Default for Phrases<T> {
    fn default() -> Self {
        Phrases {
            list: Vec::new(),
            seconds: [0; 4],
            single: None,
        }
    }
}

impl<T> Phrases<T> {
    /// The first phrase (longest first) whose words after the first are
    /// the tokens `next(1)`, `next(2)`, ...; `left` is the number of tokens
    /// after the first.
    #[inline]
    fn find<'t>(&self, left: usize, next: impl Fn(usize) -> &'t Token<'t>) -> Option<&Phrase<T>> {
        let second_may_match = left > 0 && {
            let s = usize::from(next(1).slot) % 256;
            self.seconds[s / 64] & (1 << (s % 64)) != 0
        };
        if !second_may_match {
            // only the word alone can match
            return self.single.and_then(|k| self.list.get(k));
        }
        self.list.iter().find(|(words, _)| {
            words.len() == 1
                || second_may_match
                    && words.len() <= left + 1
                    && (1..words.len()).all(|k| words[k] == next(k).lower)
        })
    }
}

/// A map from lower-case words to values, found by the word's
/// [`WordFilter`] slot, which the tokenizer works out for each token: a
/// table of the slots leads to the few words with the token's slot, so
/// that most other words are ruled out, and the others found, without
/// hashing. The table takes 64 KiB.
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    /// For each slot, 1 + the position in `words` of the last word with
    /// that slot, or 0 for none.
    heads: Box<[u32]>,
    /// Each word with its value, and 1 + the position of the one before it
    /// with the same slot, or 0.
    words: Vec<(String, V, u32)>,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            heads: vec![0; 64 * WordFilter::WORDS].into_boxed_slice(),
            words: Vec::new(),
        }
    }
}

impl<V> WordMap<V> {
    /// The position in `words` of `word`, whose slot is `slot`.
    #[inline]
    fn position(&self, word: &str, slot: u16) -> Option<usize> {
        let mut next = self.heads.get(usize::from(slot)).copied().unwrap_or(0);
        while let Some(k) = next.checked_sub(1) {
            let (w, _, before) = self.words.get(k as usize)?;
            if w == word {
                return Some(k as usize);
            }
            next = *before;
        }
        None
    }

    /// The value of a token's lower-case form.
    #[inline]
    pub fn get_token(&self, token: &Token) -> Option<&V> {
        self.position(&token.lower, token.slot)
            .map(|k| &self.words[k].1)
    }

    /// The value of `word` (in lower case).
    pub fn get(&self, word: &str) -> Option<&V> {
        self.position(word, WordFilter::slot(word))
            .map(|k| &self.words[k].1)
    }

    /// The value of `word`, inserted with `make` if it has none yet.
    pub fn get_or_insert_with(&mut self, word: &str, make: impl FnOnce() -> V) -> &mut V {
        let slot = WordFilter::slot(word);
        let k = match self.position(word, slot) {
            Some(k) => k,
            None => {
                let head = &mut self.heads[usize::from(slot)];
                self.words.push((word.to_owned(), make(), *head));
                *head = self.words.len() as u32;
                self.words.len() - 1
            }
        };
        &mut self.words[k].1
    }

    /// Every word with its value, in the order inserted.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.words.iter().map(|(w, v, _)| (w.as_str(), v))
    }
}

/// A set of multi-word phrases, each with values, matched leftmost-longest
/// against lower-case tokens, found by their first word in a [`WordMap`].
#[derive(Debug, Clone)]
pub struct PhraseSet<T> {
    by_first: WordMap<Phrases<T>>,
}

impl<T> Default for PhraseSet<T> {
    fn default() -> Self {
        PhraseSet {
            by_first: WordMap::default(),
        }
    }
}

impl<T: Clone + PartialEq> PhraseSet<T> {
    pub fn insert(&mut self, phrase: &str, value: T) {
        let words = phrase_words(phrase);
        let Some(first) = words.first().cloned() else {
            return;
        };
        let phrases = self.by_first.get_or_insert_with(&first, Phrases::default);
        if let Some(second) = words.get(1) {
            let s = usize::from(WordFilter::slot(second)) % 256;
            phrases.seconds[s / 64] |= 1 << (s % 64);
        }
        let list = &mut phrases.list;
        match list.iter_mut().find(|(w, _)| *w == words) {
            Some((_, values)) => {
                if !values.contains(&value) {
                    values.push(value);
                }
            }
            None => {
                list.push((words, vec![value]));
                list.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
                phrases.single = list.iter().position(|p| p.0.len() == 1);
            }
        }
    }

    /// The longest phrase starting at token `i`: its length in tokens and its values.
    // (inlined always: it is called for each token of a sentence, and is small where it is)
    #[inline(always)]
    pub fn longest_at(&self, tokens: &[Token], i: usize) -> Option<(usize, &[T])> {
        let token = tokens.get(i)?;
        let phrases = self.by_first.get_token(token)?;
        // the first word is the key
        let rest = &tokens[i + 1..];
        phrases
            .find(rest.len(), |k| &rest[k - 1])
            .map(|(words, values)| (words.len(), values.as_slice()))
    }

    /// Like [`PhraseSet::find_all`], reading only the tokens `keep` accepts
    /// (a phrase may run across quotation marks); positions are in `tokens`.
    pub fn find_all_kept(
        &self,
        tokens: &[Token],
        keep: impl Fn(&Token) -> bool,
    ) -> Vec<(usize, usize, &[T])> {
        if tokens.iter().all(&keep) {
            // every token read: no list of their positions
            return self.find_all(tokens);
        }
        let mut kept: Vec<usize> = Vec::with_capacity(tokens.len());
        for (i, t) in tokens.iter().enumerate() {
            if keep(t) {
                kept.push(i);
            }
        }
        let mut out = Vec::new();
        let mut i = 0;
        while i < kept.len() {
            let first = &tokens[kept[i]];
            let found = Some(first)
                .and_then(|t| self.by_first.get_token(t))
                .and_then(|phrases| phrases.find(kept.len() - i - 1, |k| &tokens[kept[i + k]]));
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
        // an apostrophe between letters is inside a name
        check(
            "the Ta'ang army, O’Brien's men, N'Djamena",
            &[
                "the",
                "Ta'ang",
                "army",
                ",",
                "O’Brien",
                "'s",
                "men",
                ",",
                "N'Djamena",
            ],
        );
    }

    #[test]
    fn alphanumeric_bytes_as_one_at_a_time() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let x = (u64::from(b) << (8 * at)) | (0x2020_2020_2020_2020 & !(0xff << (8 * at)));
                let bit = alphanumeric_bytes(x) >> (8 * at + 7) & 1;
                assert_eq!(bit == 1, b.is_ascii_alphanumeric(), "{b:#x} at {at}");
            }
        }
        let bytes = b"abc123XYZ-ok";
        assert_eq!(bytes[..].skip_alphanumeric(0), 9);
        assert_eq!(bytes[..].skip_alphanumeric(10), 12);
    }

    #[test]
    fn plain_words_are_ascii_letters_and_digits() {
        for text in [
            "Iran's drones, U.S. aid didn't reach al-Shabaab's 1,000 men in Kyiv.",
            "Russia’s top backers and the \u{212A}elvin scale",
        ] {
            for t in tokenize(text, Span::new(0, text.len())) {
                let plain = t.is_word() && t.lower.bytes().all(|b| b.is_ascii_alphanumeric());
                assert_eq!(t.is_plain_word(), plain, "{:?}", t.lower);
            }
        }
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

    #[test]
    fn phrases_sharing_a_first_word() {
        let mut set = PhraseSet::default();
        for (i, p) in ["the west", "the kremlin", "the white house", "the"]
            .into_iter()
            .enumerate()
        {
            set.insert(p, i);
        }
        let text = "The White House and the Kremlin, not the weather or the";
        let toks = tokenize(text, Span::new(0, text.len()));
        let found: Vec<(usize, usize, Vec<usize>)> = set
            .find_all(&toks)
            .into_iter()
            .map(|(i, n, v)| (i, n, v.to_vec()))
            .collect();
        assert_eq!(
            found,
            vec![
                (0, 3, vec![2]),
                (4, 2, vec![1]),
                (8, 1, vec![3]),
                (11, 1, vec![3])
            ]
        );
        let kept = set.find_all_kept(&toks, |t| t.lower != "white");
        assert_eq!(kept.first().map(|m| (m.0, m.1)), Some((0, 1)));
    }
}
