//! Scoring against gold annotations (the rules of the annotation contract).
