//! Models trained with document context (`document_context` in actorgraph.json) read
//! whole articles in windows that cross sentence boundaries; others read one sentence
//! at a time. Either way entities come back per sentence.

use actorgraph::ner::Ner;
use actorgraph::tokenize::analyze;
use std::path::Path;

/// The bundled weights with the given setting.
fn model(dir: &Path, document_context: bool) -> Ner {
    let bundled = actorgraph::bundled_model_dir();
    for f in ["config.json", "tokenizer.json", "model.safetensors"] {
        std::fs::copy(bundled.join(f), dir.join(f)).unwrap();
    }
    let settings =
        serde_json::json!({"shape_token_types": true, "max_length": 128, "document_context": document_context});
    std::fs::write(dir.join("actorgraph.json"), settings.to_string()).unwrap();
    Ner::load(dir, tch::Device::Cpu).unwrap()
}

#[test]
fn windows_cross_sentences_only_with_document_context() {
    let text = "Atambayev accused Kazakhstan of meddling. Nazarbayev later met Babanov in Astana. \
                Jeenbekov opposed both of them.";
    let sentences = analyze(text);
    assert_eq!(sentences.len(), 3);
    let (doc_dir, sent_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let by_doc = model(doc_dir.path(), true);
    let by_sentence = model(sent_dir.path(), false);
    assert_eq!(by_doc.windows(&[(text, &sentences)]).unwrap().len(), 1);
    assert_eq!(by_sentence.windows(&[(text, &sentences)]).unwrap().len(), 3);

    for ner in [&by_doc, &by_sentence] {
        let ents = ner.entities(&[(text, &sentences)]).unwrap().remove(0);
        for e in &ents {
            assert!(sentences[e.sentence].span.contains(e.span), "{e:?} lies in its sentence");
        }
        let found = |name: &str| ents.iter().find(|e| e.span.text(text) == name).map(|e| e.sentence);
        assert_eq!(found("Nazarbayev"), Some(1));
        assert_eq!(found("Jeenbekov"), Some(2));
    }
}

#[test]
fn long_articles_are_read_in_overlapping_windows() {
    let sentence = "Nazarbayev met Babanov in Astana on Tuesday to discuss the border dispute.";
    let text = vec![sentence; 40].join(" ");
    let sentences = analyze(&text);
    let dir = tempfile::tempdir().unwrap();
    let ner = model(dir.path(), true);
    let windows = ner.windows(&[(&text, &sentences)]).unwrap();
    assert!(windows.len() > 3 && windows.len() < 40, "{} windows", windows.len());
    assert!(windows.iter().all(|w| w.ids.len() <= 128));
    let ents = ner.entities(&[(&text, &sentences)]).unwrap().remove(0);
    for (si, s) in sentences.iter().enumerate() {
        let names: Vec<&str> = ents.iter().filter(|e| e.sentence == si).map(|e| e.span.text(&text)).collect();
        assert!(
            names.contains(&"Nazarbayev") && names.contains(&"Astana"),
            "sentence {si} ({}): {names:?}",
            s.span.text(&text)
        );
    }
}
