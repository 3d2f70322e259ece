//! The actor dictionaries (`data/actors/`, made by `scripts/actor_dictionaries.py`
//! from PETRARCH2's Phoenix files): names with time-bounded CAMEO codes, role nouns
//! with their sector, and CAMEO country codes with their ISO equivalent.
//!
//! Built in (include_str!) and replaceable as a folder holding the same three files
//! (`--actors DIR`). Names and phrases are compared by the resolver's folded key, so
//! "U.N." in a text finds the dictionary's "u.n.".

use super::code::{ActorCode, Country, Sector};
use crate::fold::name_key;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

const ACTORS: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/actors/actors.tsv"));
const AGENTS: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/actors/agents.tsv"));
const COUNTRIES: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/actors/countries.tsv"));
const CAPITALS: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/actors/capitals.tsv"));

/// The files a dictionary folder holds.
pub const FILES: [&str; 3] = ["actors.tsv", "agents.tsv", "countries.tsv"];
/// A file a dictionary folder may also hold: capitals (`ISO3[@FROM-TO]<TAB>names`, made by
/// `scripts/capitals.py`). Without it no place counts as a capital.
pub const CAPITALS_FILE: &str = "capitals.tsv";

/// Why a dictionary folder could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum DictionaryError {
    #[error("{}: cannot read", .path.display())]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{}:{line}: {message}", .path.display())]
    Line { path: PathBuf, line: usize, message: String },
}

/// A date as YYYYMMDD, comparable as a number.
pub type Day = u32;

/// The day of an ISO 8601 date ("2017-10-07", "2017-10-07T10:00:00Z"); None otherwise.
pub fn day_of(date: &str) -> Option<Day> {
    let d = date.get(..10)?;
    let b = d.as_bytes();
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    format!("{}{}{}", &d[..4], &d[5..7], &d[8..10]).parse().ok()
}

/// One line's codes: dated ones (inclusive ranges) and the default; and, where the
/// line marks its names as one actor, the first of them.
#[derive(Debug, Clone, Default)]
struct Entry {
    dated: Vec<(Day, Day, u32)>,
    default: Option<u32>,
    one_actor: Option<Box<str>>,
}

/// Names → codes, role nouns → sectors, CAMEO countries → ISO.
#[derive(Debug, Default)]
pub struct ActorDictionary {
    /// Distinct codes, referred to by index (a few thousand, shared by 33,000 names).
    codes: Vec<ActorCode>,
    entries: Vec<Entry>,
    names: HashMap<String, u32>,
    agents: HashMap<String, Sector>,
    max_agent_words: usize,
    iso: HashMap<String, Country>,
    /// Capital names → the countries whose capital they are, with the days they were.
    capitals: HashMap<String, Vec<(Country, Day, Day)>>,
}

impl ActorDictionary {
    /// The built-in dictionaries, parsed once per process.
    pub fn builtin() -> Arc<ActorDictionary> {
        static BUILTIN: OnceLock<Arc<ActorDictionary>> = OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                let at = |f: &str| PathBuf::from(format!("data/actors/{f}"));
                Arc::new(
                    Self::parse(
                        [(at(FILES[0]), ACTORS), (at(FILES[1]), AGENTS), (at(FILES[2]), COUNTRIES)],
                        Some((at(CAPITALS_FILE), CAPITALS)),
                    )
                    .expect("the built-in actor dictionaries parse (tested)"),
                )
            })
            .clone()
    }

    /// The three files of a folder (see [`FILES`]).
    pub fn load(dir: &Path) -> Result<ActorDictionary, DictionaryError> {
        let mut texts = Vec::new();
        for f in FILES {
            let path = dir.join(f);
            let text = std::fs::read_to_string(&path)
                .map_err(|source| DictionaryError::Read { path: path.clone(), source })?;
            texts.push((path, text));
        }
        let capitals_path = dir.join(CAPITALS_FILE);
        let capitals = match std::fs::read_to_string(&capitals_path) {
            Ok(text) => Some(text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(source) => return Err(DictionaryError::Read { path: capitals_path, source }),
        };
        let mut it = texts.into_iter();
        let (a, b, c) = (it.next().unwrap_or_default(), it.next().unwrap_or_default(), it.next().unwrap_or_default());
        Self::parse(
            [(a.0, a.1.as_str()), (b.0, b.1.as_str()), (c.0, c.1.as_str())],
            capitals.as_deref().map(|t| (capitals_path.clone(), t)),
        )
    }

    fn parse(
        files: [(PathBuf, &str); 3],
        capitals: Option<(PathBuf, &str)>,
    ) -> Result<ActorDictionary, DictionaryError> {
        let [(actors_path, actors), (agents_path, agents), (countries_path, countries)] = files;
        let mut d = ActorDictionary::default();
        if let Some((path, text)) = capitals {
            for (i, line) in data_lines(text) {
                let bad = |m: String| DictionaryError::Line { path: path.clone(), line: i, message: m };
                let (code, names) = line.split_once('\t').ok_or_else(|| bad("expected ISO3<TAB>names".into()))?;
                let (iso, range) = match code.split_once('@') {
                    Some((c, r)) => (c, Some(r)),
                    None => (code, None),
                };
                let country = Country::parse(iso).ok_or_else(|| bad(format!("bad country {iso:?}")))?;
                let (from, to) = match range {
                    None => (0, Day::MAX),
                    Some(r) => day_range(r).ok_or_else(|| bad(format!("bad range {r:?} (YYYYMMDD-YYYYMMDD)")))?,
                };
                for name in names.split(';').map(lookup_key).filter(|k| !k.is_empty()) {
                    d.capitals.entry(name).or_default().push((country, from, to));
                }
            }
        }
        for (i, line) in data_lines(countries) {
            let bad = |m: &str| DictionaryError::Line { path: countries_path.clone(), line: i, message: m.into() };
            let (cameo, iso) = line.split_once('\t').ok_or_else(|| bad("expected CAMEO<TAB>ISO"))?;
            let iso = Country::parse(iso).ok_or_else(|| bad("ISO code is not three letters"))?;
            d.iso.insert(cameo.to_string(), iso);
        }
        for (i, line) in data_lines(agents) {
            let bad = |m: &str| DictionaryError::Line { path: agents_path.clone(), line: i, message: m.into() };
            let (phrase, code) = line.split_once('\t').ok_or_else(|| bad("expected phrase<TAB>code"))?;
            // The primary role is the first three letters ("GOVMIL" is government); a
            // religion ("CHR" for a bishop, "MUS" for an imam) makes a religious actor.
            let Some(sector) = code.get(..3).and_then(|c| Sector::parse(c).or_else(|| religion(c))) else { continue };
            let key = name_key(phrase);
            if key.is_empty() {
                continue;
            }
            d.max_agent_words = d.max_agent_words.max(key.split(' ').count());
            d.agents.entry(key).or_insert(sector);
        }
        let mut code_ids: HashMap<ActorCode, u32> = HashMap::new();
        for (i, line) in data_lines(actors) {
            let bad = |m: String| DictionaryError::Line { path: actors_path.clone(), line: i, message: m };
            let (codes, rest) = line.split_once('\t').ok_or_else(|| bad("expected codes<TAB>names".into()))?;
            let (names, one_actor) = match rest.split_once('\t') {
                None => (rest, false),
                Some((names, "one")) => (names, true),
                Some((_, other)) => return Err(bad(format!("third column {other:?} is not `one`"))),
            };
            let mut entry = Entry::default();
            if one_actor {
                entry.one_actor = names.split(';').map(lookup_key).find(|k| !k.is_empty()).map(String::into_boxed_str);
            }
            for item in codes.split('|') {
                let (code, range) = match item.split_once('@') {
                    Some((c, r)) => (c, Some(r)),
                    None => (item, None),
                };
                let Some(code) = ActorCode::from_cameo(code, |c| d.iso.get(c).copied()) else {
                    return Err(bad(format!("bad code {code:?}")));
                };
                let next = code_ids.len() as u32;
                let id = *code_ids.entry(code.clone()).or_insert_with(|| {
                    d.codes.push(code);
                    next
                });
                match range {
                    None => entry.default = entry.default.or(Some(id)),
                    Some(r) => {
                        let (from, to) =
                            day_range(r).ok_or_else(|| bad(format!("bad range {r:?} (YYYYMMDD-YYYYMMDD)")))?;
                        entry.dated.push((from, to, id));
                    }
                }
            }
            let e = d.entries.len() as u32;
            d.entries.push(entry);
            for name in names.split(';') {
                let key = lookup_key(name);
                if !key.is_empty() {
                    d.names.entry(key).or_insert(e);
                }
            }
        }
        Ok(d)
    }

    /// The code of the actor called `name` on `day`: the dated code whose range holds
    /// the day (the latest begun of several), else the default; with no date, the default, else the country
    /// alone (a known office holder is of his country, whatever the office then).
    pub fn lookup(&self, name: &str, day: Option<Day>) -> Option<ActorCode> {
        let entry = self.entry(name)?;
        let code = |id: u32| self.codes[id as usize].clone();
        if let Some(day) = day {
            // Of overlapping ranges, the one that began last: the office then newly held
            // ("TUNELI 1954-2000 | TUNGOV 1987-" is GOV in 1996).
            let holding = entry.dated.iter().filter(|(from, to, _)| (*from..=*to).contains(&day));
            if let Some(&(_, _, id)) = holding.rev().max_by_key(|(from, _, _)| *from) {
                return Some(code(id));
            }
            return entry.default.map(code).or_else(|| self.country_only(entry));
        }
        entry.default.map(code).or_else(|| self.country_only(entry))
    }

    /// The entry listing `name`, or a name of two words or more as a plural: a group
    /// listed as "tamil tigers" is named in the singular before a noun ("Tamil Tiger
    /// rebels").
    fn entry(&self, name: &str) -> Option<&Entry> {
        let key = lookup_key(name);
        let found = self.names.get(&key).or_else(|| {
            (key.contains(' ') && !key.ends_with('s')).then(|| self.names.get(&format!("{key}s"))).flatten()
        });
        found.map(|&e| &self.entries[e as usize])
    }

    /// The canonical name (as a lookup key) of the actor called `name`, where the
    /// dictionary lists that name among several names of one actor ("LTTE", "Tamil
    /// Tigers": "liberation tigers of tamil eelam").
    pub fn one_actor_name(&self, name: &str) -> Option<&str> {
        self.entry(name)?.one_actor.as_deref()
    }

    /// Whether `name` is the capital of `country` on `day` (any day when there is none).
    pub fn is_capital(&self, name: &str, country: Country, day: Option<Day>) -> bool {
        self.capitals.get(&lookup_key(name)).is_some_and(|seats| {
            seats.iter().any(|&(c, from, to)| c == country && day.is_none_or(|d| (from..=to).contains(&d)))
        })
    }

    /// Whether the dictionary lists `name` at all (regions such as "Europe" have no
    /// country, but are known).
    pub fn knows(&self, name: &str) -> bool {
        self.names.contains_key(&lookup_key(name))
    }

    /// The country of a place named by some of `words` in a row ("Central Jakarta
    /// District Court": Indonesia), the longest such name first, then the first.
    pub fn place_within(&self, words: &[String], day: Option<Day>) -> Option<Country> {
        (1..=words.len().min(3)).rev().find_map(|n| {
            words.windows(n).find_map(|w| {
                let name = w.join(" ");
                self.is_place(&name).then(|| self.lookup(&name, day)).flatten().and_then(|c| c.country)
            })
        })
    }

    /// Whether `name` is a place or a nation's name in the dictionary (codes that are a
    /// country alone, "Moscow", "Barcelona"): as the name of a person or an
    /// organisation (a football club) it says nothing of that actor's country.
    pub fn is_place(&self, name: &str) -> bool {
        self.names.get(&lookup_key(name)).is_some_and(|&e| {
            let entry = &self.entries[e as usize];
            // Every code a country alone, whichever the day: a capital filed under a
            // country that changed ("Belgrade": YUG, then SCG, then SRB) is a place too.
            let mut ids = entry.default.into_iter().chain(entry.dated.iter().map(|&(_, _, id)| id)).peekable();
            ids.peek().is_some()
                && ids.all(|id| {
                    let c = &self.codes[id as usize];
                    c.sector.is_none() && c.country.is_some()
                })
        })
    }

    /// The country of an entry's last dated code, without a sector.
    fn country_only(&self, entry: &Entry) -> Option<ActorCode> {
        let last = entry.dated.iter().max_by_key(|(from, to, id)| (*to, *from, *id))?;
        let c = &self.codes[last.2 as usize];
        c.country.and_then(|country| ActorCode::new(Some(country), None))
    }

    /// The sector of the longest role phrase ending `words` (folded words: "foreign
    /// minister" → GOV, "army" → MIL); the head noun decides.
    pub fn role_sector(&self, words: &[String]) -> Option<Sector> {
        let n = words.len();
        (n.saturating_sub(self.max_agent_words)..n).find_map(|i| self.agents.get(&words[i..].join(" ")).copied())
    }

    /// The sector of a role phrase that is exactly `words`.
    pub fn role_exact(&self, words: &[String]) -> Option<Sector> {
        self.agents.get(&words.join(" ")).copied()
    }

    /// Most words in one role phrase.
    pub fn max_role_words(&self) -> usize {
        self.max_agent_words
    }

    /// Names, role phrases and distinct codes held (for the memory note).
    pub fn sizes(&self) -> (usize, usize, usize) {
        (self.names.len(), self.agents.len(), self.codes.len())
    }
}

/// The key a name is listed and looked up under: [`name_key`] with hyphens as spaces,
/// the Arabic article written one way, since transliterations differ in both ("Zine
/// al-Abidine Ben Ali" is listed as "Zine el Abidine Ben Ali"), and British "-isation"
/// spelled as American ("World Trade Organisation" is listed as "Organization").
fn lookup_key(name: &str) -> String {
    let key = name_key(&name.replace('-', " "));
    key.split(' ')
        .map(|w| match w {
            "el" => "al".to_string(),
            _ => match w.strip_suffix("isation").or_else(|| w.strip_suffix("isations")) {
                Some(stem) if !stem.is_empty() => format!("{stem}ization{}", if w.ends_with('s') { "s" } else { "" }),
                _ => w.to_string(),
            },
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// CAMEO's religion codes, which Phoenix's agents use for clergy: all are REL here.
fn religion(code: &str) -> Option<Sector> {
    const RELIGIONS: &[&str] = &["BUD", "CHR", "CTH", "DOX", "HIN", "JAN", "JEW", "MUS", "ORT", "PRO", "SHI", "SIK"];
    RELIGIONS.contains(&code).then_some(Sector::Rel)
}

/// Non-comment, non-blank lines with their 1-based numbers.
fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
}

/// A `FROM-TO` range of YYYYMMDD days, either end open (empty).
fn day_range(r: &str) -> Option<(Day, Day)> {
    let (from, to) = r.split_once('-')?;
    let day = |s: &str, open: Day| {
        if s.is_empty() {
            Some(open)
        } else {
            // Exactly YYYYMMDD: a short date would compare as another day.
            s.parse::<Day>().ok().filter(|_| s.len() == 8)
        }
    };
    Some((day(from, 0)?, day(to, Day::MAX)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_dictionaries_load_and_answer_by_date() {
        let d = ActorDictionary::builtin();
        let (names, agents, codes) = d.sizes();
        assert!(names > 30_000 && agents > 5_000 && codes > 500, "{:?}", d.sizes());
        let code = |n: &str, day: Option<Day>| d.lookup(n, day).map(|c| c.cameo);
        // In office, after it, and with no date.
        assert_eq!(code("Boris Yeltsin", day_of("1996-07-03")).as_deref(), Some("RUSGOV"));
        assert_eq!(code("Boris Yeltsin", day_of("2005-01-01")).as_deref(), Some("RUSELI"));
        assert_eq!(code("Boris Yeltsin", None).as_deref(), Some("RUS"));
        assert_eq!(code("Bill Clinton", day_of("1996-05-01")).as_deref(), Some("USAGOV"));
        assert_eq!(code("Bill Clinton", day_of("2005-05-01")).as_deref(), Some("USAELI"));
        assert_eq!(code("U.N.", None).as_deref(), Some("IGOUNO"));
        assert_eq!(code("United Nations", None).as_deref(), Some("IGOUNO"));
        assert_eq!(code("Kazakhstan", day_of("2017-10-13")).as_deref(), Some("KAZ"));
        assert_eq!(code("Moscow", None).as_deref(), Some("RUS"));
        assert_eq!(code("Kremlin", None).as_deref(), Some("RUSGOV"));
        assert_eq!(code("Nowhere Atall", None), None);
        // Transliterations of the Arabic article and hyphens do not matter.
        assert_eq!(code("Zine al-Abidine Ben Ali", day_of("1996-08-31")).as_deref(), Some("TUNGOV"));
        assert_eq!(code("Zine el Abidine Ben Ali", day_of("1996-08-31")).as_deref(), Some("TUNGOV"));
        // Nor British spelling.
        let wto = code("World Trade Organization", None);
        assert!(wto.is_some());
        assert_eq!(code("World Trade Organisation", None), wto);
        assert!(
            d.is_place("Barcelona")
                && d.is_place("Moscow")
                && d.is_place("Belgrade")
                && !d.is_place("Boris Yeltsin")
                && !d.is_place("Kremlin")
        );
        let w = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(d.role_sector(&w("deputy foreign minister")), Some(Sector::Gov));
        assert_eq!(d.role_sector(&w("troops")), Some(Sector::Mil));
        assert_eq!(d.role_sector(&w("police")), Some(Sector::Cop));
        assert_eq!(d.role_sector(&w("rebels")), Some(Sector::Reb));
        assert_eq!(day_of("2017-10-07T10:00:00Z"), Some(20171007));
        assert_eq!(day_of("2017"), None);
    }

    #[test]
    fn a_folder_replaces_the_builtin_and_errors_name_the_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("countries.tsv"), "# c\nKGZ\tKGZ\n").unwrap();
        std::fs::write(dir.path().join("agents.tsv"), "president\tGOV\n").unwrap();
        std::fs::write(dir.path().join("actors.tsv"), "KGZGOV@20110101-20171124|KGZELI\tjane roe;j. roe\n").unwrap();
        let d = ActorDictionary::load(dir.path()).unwrap();
        assert_eq!(d.lookup("J. Roe", day_of("2017-01-01")).unwrap().cameo, "KGZGOV");
        assert_eq!(d.lookup("Jane Roe", day_of("2018-01-01")).unwrap().cameo, "KGZELI");
        std::fs::write(dir.path().join("actors.tsv"), "KGZGOV@2011-\tjane roe\n").unwrap();
        let err = ActorDictionary::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("actors.tsv:1:"), "{err}");
        std::fs::write(dir.path().join("actors.tsv"), "KGZREB\tfree army;fa\tmaybe\n").unwrap();
        let err = ActorDictionary::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("actors.tsv:1:") && err.contains("maybe"), "{err}");
    }

    #[test]
    fn names_marked_as_one_actor_share_a_canonical_name() {
        let d = ActorDictionary::builtin();
        for name in ["LTTE", "Tamil Tigers", "Tamil Tiger", "Liberation Tigers of Tamil Eelam"] {
            assert_eq!(d.one_actor_name(name), Some("liberation tigers of tamil eelam"), "{name}");
            assert_eq!(d.lookup(name, None).map(|c| c.cameo).as_deref(), Some("LKAREB"), "{name}");
        }
        // Bodies under one code are not one actor ("guardian council;assembly of experts").
        assert_eq!(d.one_actor_name("Guardian Council"), None);
        assert!(d.lookup("Guardian Council", None).is_some());
    }
}
