//! Maximum spanning dependency trees with exactly one word under ROOT: projective
//! ones by Eisner's algorithm (the default), any by Chu-Liu/Edmonds.
//!
//! Scores are `[n, n + 1]`: row `i` holds the scores of word `i`'s possible heads, column 0
//! for ROOT and column `j + 1` for word `j`. The result gives each word its head in the
//! same numbering (0 = ROOT). The port follows the recursive contraction of Dozat's and
//! Stanza's `chuliu_edmonds_one_root`; O(n³) in the worst case, which sentences of
//! a few hundred words afford.

use ndarray::{Array2, ArrayView2};

const NEG: f64 = f64::NEG_INFINITY;

/// Which trees the decoder may return. English trees are nearly all projective; the
/// bundled model's own crossing arcs are mostly errors, so forbidding them raises its
/// attachment scores (`actorgraph eval parse FILE --trees any` gives the other).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Trees {
    /// No crossing arcs (Eisner).
    #[default]
    Projective,
    /// Any tree (Chu-Liu/Edmonds), for treebanks with many crossing arcs.
    Any,
}

impl Trees {
    /// The best tree of this kind for `scores` (see the module's layout).
    pub fn decode(self, scores: ArrayView2<f32>) -> Vec<usize> {
        match self {
            Trees::Projective => projective_one_root(scores),
            Trees::Any => mst_one_root(scores),
        }
    }
}

/// The highest-scoring tree in which exactly one word hangs from ROOT.
fn mst_one_root(scores: ArrayView2<f32>) -> Vec<usize> {
    let n = scores.nrows();
    if n == 0 {
        return Vec::new();
    }
    debug_assert_eq!(scores.ncols(), n + 1);
    // Square matrix over nodes 0..=n (0 = ROOT): m[dep][head].
    let mut m = Array2::from_elem((n + 1, n + 1), NEG);
    for i in 0..n {
        for j in 0..=n {
            let s = scores[[i, j]] as f64;
            m[[i + 1, j]] = if s.is_finite() { s } else { -1e30 };
        }
    }
    let tree = chu_liu_edmonds(m.clone());
    let roots: Vec<usize> = (1..=n).filter(|&i| tree[i] == 0).collect();
    let tree = if roots.len() == 1 {
        tree
    } else {
        // Try each candidate as the only child of ROOT; keep the best whole tree.
        let mut best: Option<(f64, Vec<usize>)> = None;
        for &r in &roots {
            let mut only = m.clone();
            for i in 1..=n {
                if i != r {
                    only[[i, 0]] = NEG;
                }
            }
            let t = chu_liu_edmonds(only);
            let score = tree_score(&m, &t);
            if best.as_ref().is_none_or(|(b, _)| score > *b) {
                best = Some((score, t));
            }
        }
        best.map(|(_, t)| t).unwrap_or(tree)
    };
    tree[1..].to_vec()
}

/// The highest-scoring projective tree (no crossing arcs) in which exactly one word
/// hangs from ROOT: Eisner's algorithm, O(n³). Same scores and result as
/// [`mst_one_root`].
fn projective_one_root(scores: ArrayView2<f32>) -> Vec<usize> {
    let n = scores.nrows();
    if n == 0 {
        return Vec::new();
    }
    debug_assert_eq!(scores.ncols(), n + 1);
    let size = n + 1;
    let at = |i: usize, j: usize| i * size + j;
    // Nodes 0..=n, 0 = ROOT; arc[at(h, d)] scores head h for dependent d.
    let mut arc = vec![NEG; size * size];
    for d in 1..size {
        for h in 0..size {
            let s = scores[[d - 1, h]] as f64;
            arc[at(h, d)] = if s.is_finite() { s } else { -1e30 };
        }
    }
    // Spans [i, j], i <= j, by their head: at the left end (`right`: arcs point right)
    // or at the right end (`left`). An incomplete span ends in the arc between i and j;
    // a complete one has its head's subtree on that side done. Each table keeps the
    // best score and its split point, for reading the tree back.
    let table = || (vec![NEG; size * size], vec![0usize; size * size]);
    let (mut complete_right, mut complete_left) = (table(), table());
    let (mut incomplete_right, mut incomplete_left) = (table(), table());
    for i in 0..size {
        complete_right.0[at(i, i)] = 0.0;
        complete_left.0[at(i, i)] = 0.0;
    }
    let best =
        |it: &mut dyn Iterator<Item = (usize, f64)>| it.fold((0, NEG), |b, (r, v)| if v > b.1 { (r, v) } else { b });
    for len in 1..size {
        for i in 0..size - len {
            let j = i + len;
            // An arc between i and j over two complete halves. ROOT's only child j
            // takes nothing else under ROOT: the left half is ROOT alone.
            let last = if i == 0 { 0 } else { j - 1 };
            let (r, halves) =
                best(&mut (i..=last).map(|r| (r, complete_right.0[at(i, r)] + complete_left.0[at(r + 1, j)])));
            incomplete_right.0[at(i, j)] = halves + arc[at(i, j)];
            incomplete_right.1[at(i, j)] = r;
            if i > 0 {
                incomplete_left.0[at(i, j)] = halves + arc[at(j, i)];
                incomplete_left.1[at(i, j)] = r;
            }
            let (r, v) = best(&mut (i..j).map(|r| (r, complete_left.0[at(i, r)] + incomplete_left.0[at(r, j)])));
            complete_left.0[at(i, j)] = v;
            complete_left.1[at(i, j)] = r;
            let (r, v) = best(&mut (i + 1..=j).map(|r| (r, incomplete_right.0[at(i, r)] + complete_right.0[at(r, j)])));
            complete_right.0[at(i, j)] = v;
            complete_right.1[at(i, j)] = r;
        }
    }
    #[derive(Clone, Copy)]
    enum Span {
        CompleteRight,
        CompleteLeft,
        IncompleteRight,
        IncompleteLeft,
    }
    let mut heads = vec![0usize; size];
    let mut stack = vec![(Span::CompleteRight, 0, n)];
    while let Some((span, i, j)) = stack.pop() {
        if i == j {
            continue;
        }
        match span {
            Span::CompleteRight => {
                let r = complete_right.1[at(i, j)];
                stack.extend([(Span::IncompleteRight, i, r), (Span::CompleteRight, r, j)]);
            }
            Span::CompleteLeft => {
                let r = complete_left.1[at(i, j)];
                stack.extend([(Span::CompleteLeft, i, r), (Span::IncompleteLeft, r, j)]);
            }
            Span::IncompleteRight => {
                heads[j] = i;
                let r = incomplete_right.1[at(i, j)];
                stack.extend([(Span::CompleteRight, i, r), (Span::CompleteLeft, r + 1, j)]);
            }
            Span::IncompleteLeft => {
                heads[i] = j;
                let r = incomplete_left.1[at(i, j)];
                stack.extend([(Span::CompleteRight, i, r), (Span::CompleteLeft, r + 1, j)]);
            }
        }
    }
    heads[1..].to_vec()
}

fn tree_score(m: &Array2<f64>, tree: &[usize]) -> f64 {
    (1..tree.len()).map(|i| m[[i, tree[i]]]).sum()
}

/// Maximum spanning arborescence rooted at node 0 of `m[dep][head]` (row 0 unused).
fn chu_liu_edmonds(mut m: Array2<f64>) -> Vec<usize> {
    let n = m.nrows();
    for i in 0..n {
        m[[i, i]] = NEG;
    }
    for j in 0..n {
        m[[0, j]] = NEG;
    }
    m[[0, 0]] = 0.0;
    let tree: Vec<usize> = (0..n).map(|i| argmax(m.row(i).iter().copied())).collect();
    let Some(cycle) = find_cycle(&tree) else { return tree };

    let in_cycle: Vec<bool> = (0..n).map(|i| cycle.contains(&i)).collect();
    let outside: Vec<usize> = (0..n).filter(|&i| !in_cycle[i]).collect();
    let cycle_scores: Vec<f64> = cycle.iter().map(|&c| m[[c, tree[c]]]).collect();
    let cycle_score: f64 = cycle_scores.iter().sum();
    // The cycle as one node. As a dependent of outside head h, it enters at the member
    // whose broken cycle arc loses least; as a head of outside dependent d, the best member.
    let mut enter_at = Vec::with_capacity(outside.len()); // best member per outside head
    let mut enter_score = Vec::with_capacity(outside.len());
    let mut head_member = Vec::with_capacity(outside.len()); // best member per outside dependent
    let mut head_score = Vec::with_capacity(outside.len());
    for &o in &outside {
        let (k, s) = best_of(cycle.iter().enumerate().map(|(k, &c)| (k, m[[c, o]] - cycle_scores[k] + cycle_score)));
        enter_at.push(k);
        enter_score.push(s);
        let (k, s) = best_of(cycle.iter().enumerate().map(|(k, &c)| (k, m[[o, c]])));
        head_member.push(k);
        head_score.push(s);
    }
    let k = outside.len();
    let mut sub = Array2::from_elem((k + 1, k + 1), NEG);
    for (a, &oa) in outside.iter().enumerate() {
        for (b, &ob) in outside.iter().enumerate() {
            sub[[a, b]] = m[[oa, ob]];
        }
        sub[[k, a]] = enter_score[a];
        sub[[a, k]] = head_score[a];
    }
    let contracted = chu_liu_edmonds(sub);

    let mut new_tree = tree.clone();
    for (a, &oa) in outside.iter().enumerate() {
        let h = contracted[a];
        new_tree[oa] = if h < k { outside[h] } else { cycle[head_member[a]] };
    }
    let via = contracted[k]; // the outside head of the cycle
    new_tree[cycle[enter_at[via]]] = outside[via];
    new_tree[0] = 0;
    new_tree
}

fn argmax(it: impl Iterator<Item = f64>) -> usize {
    best_of(it.enumerate()).0
}

fn best_of(it: impl Iterator<Item = (usize, f64)>) -> (usize, f64) {
    it.fold((0, NEG), |best, (k, s)| if s > best.1 { (k, s) } else { best })
}

/// One cycle among nodes 1.. of a head-pointer array (node 0 is the root), if any.
fn find_cycle(tree: &[usize]) -> Option<Vec<usize>> {
    let n = tree.len();
    // 0 = unvisited, 1 = on the current path, 2 = done.
    let mut state = vec![0u8; n];
    state[0] = 2;
    for start in 1..n {
        let mut path = Vec::new();
        let mut v = start;
        while state[v] == 0 {
            state[v] = 1;
            path.push(v);
            v = tree[v];
        }
        if state[v] == 1 {
            let from = path.iter().position(|&p| p == v).expect("v is on the path");
            return Some(path[from..].to_vec());
        }
        for p in path {
            state[p] = 2;
        }
    }
    None
}

/// Whether `heads` (0 = ROOT, j + 1 = word j) form one tree with exactly one word under ROOT.
pub fn is_tree(heads: &[usize]) -> bool {
    let n = heads.len();
    if n == 0 {
        return true;
    }
    if heads.iter().filter(|&&h| h == 0).count() != 1 || heads.iter().any(|&h| h > n) {
        return false;
    }
    let mut tree = vec![0];
    tree.extend_from_slice(heads);
    if tree[1..].iter().enumerate().any(|(i, &h)| h == i + 1) {
        return false;
    }
    find_cycle(&tree).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn score(scores: &Array2<f32>, heads: &[usize]) -> f64 {
        heads.iter().enumerate().map(|(i, &h)| scores[[i, h]] as f64).sum()
    }

    /// Whether no two arcs of `heads` cross (ROOT at position 0).
    fn projective(heads: &[usize]) -> bool {
        let arcs: Vec<(usize, usize)> = heads.iter().enumerate().map(|(i, &h)| (h.min(i + 1), h.max(i + 1))).collect();
        arcs.iter().all(|&(a, b)| arcs.iter().all(|&(c, d)| !(a < c && c < b && b < d)))
    }

    /// Best single-root tree that `keep` accepts, by trying every head assignment (tiny n only).
    fn brute_force_where(scores: &Array2<f32>, keep: impl Fn(&[usize]) -> bool) -> f64 {
        let n = scores.nrows();
        let mut best = NEG;
        let mut heads = vec![0usize; n];
        loop {
            if is_tree(&heads) && keep(&heads) {
                best = best.max(score(scores, &heads));
            }
            let mut k = 0;
            while k < n {
                heads[k] += 1;
                if heads[k] <= n {
                    break;
                }
                heads[k] = 0;
                k += 1;
            }
            if k == n {
                return best;
            }
        }
    }

    fn brute_force(scores: &Array2<f32>) -> f64 {
        brute_force_where(scores, |_| true)
    }

    fn brute_force_projective(scores: &Array2<f32>) -> f64 {
        brute_force_where(scores, projective)
    }

    #[test]
    fn follows_a_clear_tree() {
        // "Iraq attacked Kuwait": attacked is the root, Iraq and Kuwait depend on it.
        let mut s = Array2::from_elem((3, 4), -5.0f32);
        s[[0, 2]] = 3.0;
        s[[1, 0]] = 3.0;
        s[[2, 2]] = 3.0;
        assert_eq!(mst_one_root(s.view()), vec![2, 0, 2]);
    }

    #[test]
    fn breaks_cycles_and_extra_roots() {
        // Greedy heads: 1 <- 2, 2 <- 1 (a cycle), 3 <- ROOT and 4 <- ROOT (two roots).
        let s = ndarray::arr2(&[
            [0.0f32, -9.0, 5.0, 0.0, -9.0],
            [0.0, 5.0, -9.0, 0.0, -9.0],
            [4.0, 1.0, -9.0, -9.0, 2.0],
            [4.0, -9.0, -9.0, 3.5, -9.0],
        ]);
        let heads = mst_one_root(s.view());
        assert!(is_tree(&heads), "{heads:?}");
        assert!((score(&s, &heads) - brute_force(&s)).abs() < 1e-6);
    }

    proptest! {
        #[test]
        fn always_a_tree_and_optimal(n in 1usize..6, seed in any::<u64>()) {
            let mut x = seed;
            let mut next = || { x ^= x << 13; x ^= x >> 7; x ^= x << 17; ((x % 2000) as f32 / 100.0) - 10.0 };
            let s = Array2::from_shape_fn((n, n + 1), |_| next());
            let heads = mst_one_root(s.view());
            prop_assert!(is_tree(&heads), "{:?}", heads);
            prop_assert!((score(&s, &heads) - brute_force(&s)).abs() < 1e-3);
        }

        #[test]
        fn projective_is_a_tree_and_optimal_among_projective_ones(n in 1usize..6, seed in any::<u64>()) {
            let mut x = seed;
            let mut next = || { x ^= x << 13; x ^= x >> 7; x ^= x << 17; ((x % 2000) as f32 / 100.0) - 10.0 };
            let s = Array2::from_shape_fn((n, n + 1), |_| next());
            let heads = projective_one_root(s.view());
            prop_assert!(is_tree(&heads), "{:?}", heads);
            prop_assert!(projective(&heads), "{:?}", heads);
            prop_assert!((score(&s, &heads) - brute_force_projective(&s)).abs() < 1e-3);
        }

        #[test]
        fn long_sentences_give_trees(n in 1usize..80, seed in any::<u64>()) {
            let mut x = seed | 1;
            let mut next = || { x ^= x << 13; x ^= x >> 7; x ^= x << 17; (x % 1000) as f32 / 50.0 };
            let s = Array2::from_shape_fn((n, n + 1), |_| next());
            prop_assert!(is_tree(&mst_one_root(s.view())));
        }
    }
}
