//! Word shape of a subword, fed to the model as its token type.
//!
//! The bundled encoder is uncased, so capitalisation, the strongest single cue for
//! names, is given back through the token-type embedding. `scripts/train_ner.py`
//! computes exactly the same function (`shape_id`); change both together.

/// Number of shape ids (the model's `type_vocab_size` must be at least this).
pub const NUM_SHAPES: usize = 4;

/// 0 = no upper-case letter (or no letter), 1 = Title (first letter upper, or a single
/// upper-case letter), 2 = UPPER (two or more letters, all upper), 3 = mixed ("iPhone").
pub fn word_shape(piece: &str) -> i64 {
    let mut letters = 0usize;
    let mut uppers = 0usize;
    let mut first_upper = None;
    for c in piece.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        let up = c.is_uppercase();
        uppers += up as usize;
        first_upper.get_or_insert(up);
    }
    if uppers == 0 {
        0
    } else if uppers == letters {
        if letters >= 2 {
            2
        } else {
            1
        }
    } else if first_upper == Some(true) {
        1
    } else {
        3
    }
}

#[cfg(test)]
mod tests {
    use super::word_shape;

    #[test]
    fn shapes() {
        assert_eq!(word_shape("election"), 0);
        assert_eq!(word_shape("1999"), 0);
        assert_eq!(word_shape(","), 0);
        assert_eq!(word_shape("Astana"), 1);
        assert_eq!(word_shape("U"), 1);
        assert_eq!(word_shape("CEC"), 2);
        assert_eq!(word_shape("OSCE's"), 1);
        assert_eq!(word_shape("iPhone"), 3);
        assert_eq!(word_shape("Ñandú"), 1);
    }
}
