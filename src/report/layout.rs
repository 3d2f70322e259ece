//! A force-directed layout (Fruchterman–Reingold with gravity), computed here so that
//! the report needs no script to place nodes and every run draws the same picture.
//!
//! Deterministic: each node starts at a point derived from a hash of its id (not of
//! its position in a list), forces are summed in a fixed order, and the number of
//! iterations is fixed. The cost is quadratic in the nodes, so callers cap them (see
//! [`super::NODE_CAP`]).

/// One edge to lay out: indexes of its ends and its weight.
pub struct Link {
    pub a: usize,
    pub b: usize,
    pub weight: f64,
}

/// Iterations of the simulation: enough for a few hundred nodes to settle.
const ITERATIONS: usize = 400;

/// Positions in the unit square `[0, 1] × [0, 1]` for nodes named `ids` joined by `links`.
pub fn layout(ids: &[&str], links: &[Link]) -> Vec<(f64, f64)> {
    let n = ids.len();
    let mut pos: Vec<(f64, f64)> = ids.iter().map(|id| start(id)).collect();
    if n <= 1 {
        return vec![(0.5, 0.5); n];
    }
    let mut degree = vec![0.0f64; n];
    for l in links {
        degree[l.a] += 1.0;
        degree[l.b] += 1.0;
    }
    // Ideal distance between nodes: the area shared out among them.
    let k = (1.0 / n as f64).sqrt() * 0.6;
    let mut disp = vec![(0.0f64, 0.0f64); n];
    for it in 0..ITERATIONS {
        // Temperature: the largest step, cooling linearly.
        let t = 0.1 * (1.0 - it as f64 / ITERATIONS as f64) + 0.002;
        disp.iter_mut().for_each(|d| *d = (0.0, 0.0));
        for i in 0..n {
            for j in i + 1..n {
                let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                let d2 = (dx * dx + dy * dy).max(1e-9);
                // k² / d along the unit vector: k² · (dx, dy) / d².
                let f = k * k / d2;
                disp[i].0 += dx * f;
                disp[i].1 += dy * f;
                disp[j].0 -= dx * f;
                disp[j].1 -= dy * f;
            }
        }
        for l in links {
            let (dx, dy) = (pos[l.a].0 - pos[l.b].0, pos[l.a].1 - pos[l.b].1);
            let d = (dx * dx + dy * dy).sqrt().max(1e-9);
            // d² / k along the unit vector, stronger for heavier edges (logarithmically).
            let f = d / k * (1.0 + l.weight.ln_1p() * 0.5);
            disp[l.a].0 -= dx * f;
            disp[l.a].1 -= dy * f;
            disp[l.b].0 += dx * f;
            disp[l.b].1 += dy * f;
        }
        for i in 0..n {
            // Gravity keeps separate components and isolated pairs on the page.
            let g = 0.8 * (1.0 + degree[i]).sqrt();
            disp[i].0 -= (pos[i].0 - 0.5) * g;
            disp[i].1 -= (pos[i].1 - 0.5) * g;
            let len = (disp[i].0 * disp[i].0 + disp[i].1 * disp[i].1).sqrt();
            if len > 0.0 {
                let step = len.min(t);
                pos[i].0 += disp[i].0 / len * step;
                pos[i].1 += disp[i].1 / len * step;
            }
        }
    }
    normalise(&mut pos);
    pos
}

/// A starting point from the id alone (SplitMix64 of its FNV-1a hash), so a node
/// starts at the same place whatever else the graph holds.
fn start(id: &str) -> (f64, f64) {
    let mut hasher = fnv::FnvHasher::default();
    std::hash::Hasher::write(&mut hasher, id.as_bytes());
    let mut h = std::hash::Hasher::finish(&hasher);
    let mut next = || {
        h = h.wrapping_add(0x9e3779b97f4a7c15);
        let mut z = h;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
        (z ^ (z >> 31)) as f64 / u64::MAX as f64
    };
    (0.25 + 0.5 * next(), 0.25 + 0.5 * next())
}

/// Stretches the positions to fill the unit square, keeping the aspect ratio.
fn normalise(pos: &mut [(f64, f64)]) {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in pos.iter() {
        (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
    }
    let span = (x1 - x0).max(y1 - y0).max(1e-9);
    let (cx, cy) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    for p in pos.iter_mut() {
        // Clamped: rounding can put an extreme a hair outside the square.
        *p = ((0.5 + (p.0 - cx) / span).clamp(0.0, 1.0), (0.5 + (p.1 - cy) / span).clamp(0.0, 1.0));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_is_deterministic_and_separates_nodes() {
        let ids = ["per:a", "per:b", "per:c", "org:d", "loc:e"];
        let links =
            [Link { a: 0, b: 1, weight: 3.0 }, Link { a: 1, b: 2, weight: 1.0 }, Link { a: 3, b: 4, weight: 1.0 }];
        let p = layout(&ids, &links);
        assert_eq!(p, layout(&ids, &links));
        for (i, a) in p.iter().enumerate() {
            assert!((0.0..=1.0).contains(&a.0) && (0.0..=1.0).contains(&a.1), "{a:?}");
            for b in &p[i + 1..] {
                let d = ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
                assert!(d > 0.05, "nodes overlap: {p:?}");
            }
        }
        // Linked nodes sit closer than unlinked ones.
        let d = |i: usize, j: usize| ((p[i].0 - p[j].0).powi(2) + (p[i].1 - p[j].1).powi(2)).sqrt();
        assert!(d(0, 1) < d(0, 4), "{p:?}");
        assert_eq!(layout(&["x"], &[]), vec![(0.5, 0.5)]);
    }
}
