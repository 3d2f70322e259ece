//! Mentions that act: the named subject of a verb that does something to an object, a
//! clause or a controlled verb ("Moscow sent troops", "Washington said it would ...",
//! "Moscow wants to keep Chechnya"), and the owner of an organ or act of a state
//! ("Seoul's unification ministry said", "the Seoul government's crackdown": `[grammar]
//! state_organs`). The resolver lets a
//! capital in such a place stand
//! for its government, as it does for a capital at either end of a relation; a place
//! that only undergoes ("Kabul fell to the rebels") or is only the setting ("Grozny saw
//! heavy fighting": `[grammar] settings`) stays a place.

use super::rules::RuleSet;
use super::sentence::Parsed;
use crate::parse::{DepRel, Subtype, UdRel, Upos};
use crate::resolve::MentionIndex;

/// The mentions of one sentence that are the subject of an act, in word order.
pub(super) fn acting(p: &Parsed, rules: &RuleSet) -> Vec<MentionIndex> {
    let g = &rules.grammar;
    let mut out = Vec::new();
    for w in (0..p.len()).filter(|&w| p.heads_mention(w)) {
        // "Seoul's unification ministry", "the Seoul government".
        let owner = p.rel(w) == DepRel::new(UdRel::Nmod, Some(Subtype::Poss)) || p.rel(w).is(UdRel::Compound);
        if owner && p.head(w).is_some_and(|h| p.listed(h, &g.state_organs)) {
            out.extend(p.mention(w));
            continue;
        }
        // "Moscow and Kiev signed": the conjuncts of a subject share its part.
        let subject = match p.head(w) {
            Some(h) if p.rel(w).is(UdRel::Conj) && p.mention(h).is_some() => h,
            _ => w,
        };
        let Some(verb) = p.head(subject).filter(|&v| p.upos(v) == Upos::Verb) else { continue };
        let active_subject = p.rel(subject) == DepRel::new(UdRel::Nsubj, None);
        let acts_on =
            p.children(verb).iter().any(|&c| matches!(p.rel(c).base, UdRel::Obj | UdRel::Ccomp | UdRel::Xcomp));
        if active_subject && acts_on && !p.listed(verb, &g.settings) {
            out.extend(p.mention(w));
        }
    }
    out
}
