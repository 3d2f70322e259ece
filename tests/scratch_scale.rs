use actorgraph::ner::{Entity, EntityType};
use actorgraph::relate::{relate, RuleSet};
use actorgraph::resolve::Resolver;
use actorgraph::tokenize::{analyze, Span};
use std::time::Instant;

#[test]
fn scale() {
    let base = std::fs::read_to_string("/tmp/ag/ex.txt").unwrap();
    for size in [2_000_000usize] {
        let mut text = String::new();
        let mut i = 0;
        while text.len() < size { text.push_str(&base.replace("Monday", &format!("day {i}"))); text.push_str("\n\n"); i += 1; }
        let t = Instant::now();
        let sents = analyze(&text);
        let t_an = t.elapsed();
        let mut ents = Vec::new();
        for (si, s) in sents.iter().enumerate() {
            for (wi, w) in s.words.iter().enumerate() {
                if wi > 0 && w.text(&text).starts_with(char::is_uppercase) {
                    ents.push(Entity { sentence: si, words: wi..wi + 1, span: Span::new(w.start, w.end), kind: EntityType::ALL[wi % 3], score: 0.9 });
                }
            }
        }
        let t = Instant::now();
        let doc = Resolver::new(None).resolve(&text, &sents, &ents);
        let t_res = t.elapsed();
        let t = Instant::now();
        let rels = relate(&text, &sents, &doc, &RuleSet::builtin());
        let t_rel = t.elapsed();
        eprintln!("{size}: {} sents {} ents {} mentions {} actors {} rels; analyze {:?} resolve {:?} relate {:?}", sents.len(), ents.len(), doc.mentions.len(), doc.actors.len(), rels.len(), t_an, t_res, t_rel);
    }
}
