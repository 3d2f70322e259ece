//! Which fields of a JSON object or columns of a table hold what.
//!
//! One set of options serves JSON, JSON Lines and tables alike (`--text-field`,
//! `--id-field`, `--date-field`, `--title-field`, `--source-field`). A field not
//! named on the command line is looked up under its default name, then under the name
//! news-please gives it (`maintext`, `url`, `date_publish`, `title`, `source_domain`),
//! so a news-please dump reads without options. A field named on the command line is
//! looked up under that name only: the user said where it is.

/// One kind of field: its option, default name and news-please fallback.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Text,
    Id,
    Date,
    Title,
    Source,
}

impl Field {
    /// The name looked up first when the option is not given.
    pub fn default_name(self) -> &'static str {
        match self {
            Field::Text => "text",
            Field::Id => "id",
            Field::Date => "date",
            Field::Title => "title",
            Field::Source => "source",
        }
    }

    /// The name news-please writes this field under, tried after the default.
    pub fn news_please_name(self) -> &'static str {
        match self {
            Field::Text => "maintext",
            Field::Id => "url",
            Field::Date => "date_publish",
            Field::Title => "title",
            Field::Source => "source_domain",
        }
    }

    /// The option that names it.
    pub fn option(self) -> &'static str {
        match self {
            Field::Text => "--text-field",
            Field::Id => "--id-field",
            Field::Date => "--date-field",
            Field::Title => "--title-field",
            Field::Source => "--source-field",
        }
    }
}

/// The field options as given (`None`: default name, then news-please's).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fields {
    pub text: Option<String>,
    pub id: Option<String>,
    pub date: Option<String>,
    pub title: Option<String>,
    pub source: Option<String>,
}

impl Fields {
    /// The name given for `field`, if any.
    pub fn named(&self, field: Field) -> Option<&str> {
        match field {
            Field::Text => self.text.as_deref(),
            Field::Id => self.id.as_deref(),
            Field::Date => self.date.as_deref(),
            Field::Title => self.title.as_deref(),
            Field::Source => self.source.as_deref(),
        }
    }

    /// The names to look `field` up under, in order.
    pub fn candidates(&self, field: Field) -> Vec<&str> {
        match self.named(field) {
            Some(name) => vec![name],
            None if field.default_name() == field.news_please_name() => vec![field.default_name()],
            None => vec![field.default_name(), field.news_please_name()],
        }
    }

    /// How `field` is looked up, for messages: `"text"` or `"text" (or "maintext")`.
    pub fn describe(&self, field: Field) -> String {
        let names: Vec<String> = self.candidates(field).iter().map(|n| format!("{n:?}")).collect();
        match names.split_first() {
            Some((first, [])) => first.clone(),
            Some((first, rest)) => format!("{first} (or {})", rest.join(", ")),
            None => String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_fall_back_to_news_please_names_and_options_do_not() {
        let f = Fields::default();
        assert_eq!(f.candidates(Field::Text), vec!["text", "maintext"]);
        assert_eq!(f.candidates(Field::Title), vec!["title"]);
        assert_eq!(f.describe(Field::Date), "\"date\" (or \"date_publish\")");
        let f = Fields { text: Some("body".into()), ..Fields::default() };
        assert_eq!(f.candidates(Field::Text), vec!["body"]);
        assert_eq!(f.describe(Field::Text), "\"body\"");
    }
}
