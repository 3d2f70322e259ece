//! Word shape of a subword, fed to the model as its token type.
//!
//! The bundled encoder is uncased, so capitalisation, the strongest single cue for
//! names, is given back through the token-type embedding. `scripts/train_ner.py`
//! computes exactly the same function (`shape_id`); change both together.

/// The shape of a subword, as the model's token type. The discriminant is the token
/// type id the model was trained with: do not reorder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shape {
    /// No upper-case letter (or no letter at all): "election", "1999", ",".
    Lower = 0,
    /// First letter upper-case, or a single upper-case letter: "Astana", "U", "OSCE's".
    Title = 1,
    /// Two letters or more, all upper-case: "CEC".
    Upper = 2,
    /// Upper-case letters, but not first: "iPhone".
    Mixed = 3,
}

impl Shape {
    /// The token type id fed to the model.
    pub fn token_type(self) -> i64 {
        self as i64
    }
}

/// Number of shapes (the model's `type_vocab_size` must be at least this).
pub const NUM_SHAPES: usize = 4;

/// The shape of `piece` (see [`Shape`]).
pub fn word_shape(piece: &str) -> Shape {
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
        Shape::Lower
    } else if uppers == letters {
        if letters >= 2 {
            Shape::Upper
        } else {
            Shape::Title
        }
    } else if first_upper == Some(true) {
        Shape::Title
    } else {
        Shape::Mixed
    }
}

#[cfg(test)]
mod tests {
    use super::{word_shape, Shape, NUM_SHAPES};

    #[test]
    fn shapes() {
        assert_eq!(word_shape("election"), Shape::Lower);
        assert_eq!(word_shape("1999"), Shape::Lower);
        assert_eq!(word_shape(","), Shape::Lower);
        assert_eq!(word_shape("Astana"), Shape::Title);
        assert_eq!(word_shape("U"), Shape::Title);
        assert_eq!(word_shape("CEC"), Shape::Upper);
        assert_eq!(word_shape("OSCE's"), Shape::Title);
        assert_eq!(word_shape("iPhone"), Shape::Mixed);
        assert_eq!(word_shape("Ñandú"), Shape::Title);
        assert_eq!(Shape::Mixed.token_type() as usize, NUM_SHAPES - 1);
    }
}
