//! Where the picture of who contradicts whom puts things: the speakers on an
//! ellipse in speaker order, an arrow for each contradiction from the
//! contradicting party to the contradicted one, and what lies under a point.
//!
//! Pure geometry: nothing here paints or reads input, so it is tested alone.

use std::collections::{BTreeMap, BTreeSet};
use std::f32::consts::{PI, TAU};

use egui::{Pos2, Rect, Vec2, vec2};

use crate::engine::{Analysis, ContradictionId, SpeakerId};

/// Radius of a speaker's circle, in points.
pub const NODE_RADIUS: f32 = 15.0;
/// Widest name under (or above) a circle, in points.
pub const NAME_WIDTH: f32 = 112.0;
/// Room kept above and below the ellipse for two lines of name, in points.
const NAME_ROOM: f32 = 30.0;
/// Distance between two arrows joining the same pair of speakers, in points.
const ARROW_GAP: f32 = 16.0;
/// Length of an arrowhead, in points.
pub const HEAD_LENGTH: f32 = 10.0;
/// Half the width of an arrowhead's base, in points.
pub const HEAD_HALF_WIDTH: f32 = 5.0;
/// How close to an arrow the pointer must be to reach it, in points.
const ARROW_REACH: f32 = 6.0;
/// Points sampled along each arrow.
const SAMPLES: usize = 16;
/// Most arrows drawn from one party to another; more become one arrow with a count.
pub const MAX_ARROWS_PER_PAIR: usize = 3;
/// Most parties drawn; beyond that the parties in the fewest contradictions are left out.
pub const MAX_PARTIES: usize = 16;

/// A party in the picture: a speaker, or the unknown speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The speaker (`None`: quotes nobody could attribute).
    pub speaker: Option<SpeakerId>,
    /// Centre of the circle.
    pub pos: Pos2,
    /// True when the name goes above the circle (upper half), else below.
    pub name_above: bool,
    /// How many contradictions start here.
    pub contradicts: usize,
    /// How many contradictions end here.
    pub contradicted: usize,
}

/// The arrow of one contradiction.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// The contradiction drawn (the first, when the arrow stands for several).
    pub id: ContradictionId,
    /// Every contradiction the arrow stands for, in order: one, or all of a
    /// pair's when they are more than [`MAX_ARROWS_PER_PAIR`].
    pub ids: Vec<ContradictionId>,
    /// Index in [`GraphLayout::nodes`] of the contradicting party (speaker of `a`).
    pub from: usize,
    /// Index in [`GraphLayout::nodes`] of the contradicted party (speaker of `b`).
    pub to: usize,
    /// The shaft, from the edge of `from`'s circle to the base of the head.
    pub shaft: Vec<Pos2>,
    /// The point of the arrowhead, on the edge of `to`'s circle.
    pub tip: Pos2,
    /// The direction the head points in (unit length).
    pub direction: Vec2,
    /// Halfway along the arrow: where its handle is.
    pub middle: Pos2,
}

impl Edge {
    /// The three corners of the arrowhead: tip, then the two base corners.
    pub fn head(&self) -> [Pos2; 3] {
        let base = self.tip - self.direction * HEAD_LENGTH;
        let across = self.direction.rot90() * HEAD_HALF_WIDTH;
        [self.tip, base + across, base - across]
    }
}

/// Something in the picture the pointer can be on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// A speaker, by index in [`GraphLayout::nodes`].
    Node(usize),
    /// An arrow, by index in [`GraphLayout::edges`].
    Edge(usize),
}

/// The whole picture, laid out in a rectangle.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GraphLayout {
    /// The parties that take part in a contradiction, in speaker order
    /// (the unknown speaker last).
    pub nodes: Vec<Node>,
    /// One arrow per contradiction, in contradiction order (one per pair of
    /// parties for a pair with many).
    pub edges: Vec<Edge>,
    /// Parties in contradictions that are not drawn (beyond [`MAX_PARTIES`]).
    pub hidden_parties: usize,
}

impl GraphLayout {
    /// Lays out the contradictions of `analysis` in `rect`.
    pub fn new(analysis: &Analysis, rect: Rect) -> Self {
        let party = |q| analysis.quote(q).and_then(|q| q.speaker);
        let mut named = BTreeSet::new();
        let mut unknown = false;
        for c in &analysis.contradictions {
            for speaker in [party(c.a), party(c.b)] {
                match speaker {
                    Some(s) => {
                        named.insert(s);
                    }
                    None => unknown = true,
                }
            }
        }
        let mut parties: Vec<Option<SpeakerId>> = named
            .into_iter()
            .map(Some)
            .chain(unknown.then_some(None))
            .collect();
        let all_parties = parties.len();
        if all_parties > MAX_PARTIES {
            // Keep the parties in the most contradictions, still in speaker order.
            let mut involvement: BTreeMap<Option<SpeakerId>, usize> = BTreeMap::new();
            for c in &analysis.contradictions {
                for s in [party(c.a), party(c.b)] {
                    *involvement.entry(s).or_default() += 1;
                }
            }
            let mut ranked = parties.clone();
            ranked.sort_by_key(|p| std::cmp::Reverse(involvement.get(p).copied().unwrap_or(0)));
            let kept: BTreeSet<Option<SpeakerId>> = ranked.into_iter().take(MAX_PARTIES).collect();
            parties.retain(|p| kept.contains(p));
        }
        let mut nodes = place_nodes(&parties, rect);
        let index_of = |s: Option<SpeakerId>| parties.iter().position(|&p| p == s);

        // One link per contradiction, or one per directed pair with many.
        let mut by_direction: BTreeMap<(usize, usize), Vec<ContradictionId>> = BTreeMap::new();
        let mut order: Vec<(usize, usize)> = Vec::new();
        for (i, c) in analysis.contradictions.iter().enumerate() {
            let (Some(from), Some(to)) = (index_of(party(c.a)), index_of(party(c.b))) else {
                continue;
            };
            let ids = by_direction.entry((from, to)).or_default();
            if ids.is_empty() {
                order.push((from, to));
            }
            ids.push(ContradictionId(i));
        }
        let mut links: Vec<(Vec<ContradictionId>, usize, usize)> = Vec::new();
        for (from, to) in order {
            let ids = by_direction.remove(&(from, to)).unwrap_or_default();
            if ids.len() > MAX_ARROWS_PER_PAIR {
                links.push((ids, from, to));
            } else {
                links.extend(ids.into_iter().map(|id| (vec![id], from, to)));
            }
        }
        links.sort_by_key(|(ids, _, _)| ids.first().map(|id| id.0));
        let pair = |from: usize, to: usize| (from.min(to), from.max(to));
        let mut per_pair: BTreeMap<(usize, usize), usize> = BTreeMap::new();
        for &(_, from, to) in &links {
            *per_pair.entry(pair(from, to)).or_default() += 1;
        }
        let mut drawn: BTreeMap<(usize, usize), usize> = BTreeMap::new();
        let mut edges = Vec::with_capacity(links.len());
        for (ids, from, to) in links {
            let key = pair(from, to);
            let count = per_pair.get(&key).copied().unwrap_or(1);
            let nth = drawn.entry(key).or_default();
            let offset = (*nth as f32 - (count as f32 - 1.0) / 2.0) * ARROW_GAP;
            *nth += 1;
            let pos = |i: usize| nodes.get(i).map(|n| n.pos);
            let (Some(p), Some(q), Some(lo), Some(hi)) =
                (pos(from), pos(to), pos(key.0), pos(key.1))
            else {
                continue;
            };
            let path = if from == to {
                loop_path(p, rect.center(), offset)
            } else {
                arc_path(p, q, (hi - lo).normalized().rot90() * offset)
            };
            let count = ids.len();
            edges.push(edge(ids, from, to, path));
            if let Some(n) = nodes.get_mut(from) {
                n.contradicts += count;
            }
            if let Some(n) = nodes.get_mut(to) {
                n.contradicted += count;
            }
        }
        Self {
            hidden_parties: all_parties - nodes.len(),
            nodes,
            edges,
        }
    }

    /// The speaker or arrow at `pos`: a circle before an arrow, the nearest
    /// arrow within reach.
    pub fn hit(&self, pos: Pos2) -> Option<Item> {
        let node = self
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (i, n.pos.distance(pos)))
            .filter(|&(_, d)| d <= NODE_RADIUS + 2.0)
            .min_by(|x, y| x.1.total_cmp(&y.1));
        if let Some((i, _)) = node {
            return Some(Item::Node(i));
        }
        self.edges
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let shaft = polyline_distance(&e.shaft, pos);
                let head = e.tip.distance(pos).min(e.middle.distance(pos));
                (i, shaft.min(head))
            })
            .filter(|&(_, d)| d <= ARROW_REACH)
            .min_by(|x, y| x.1.total_cmp(&y.1))
            .map(|(i, _)| Item::Edge(i))
    }
}

/// The parties on an ellipse filling `rect`, clockwise from the left.
fn place_nodes(parties: &[Option<SpeakerId>], rect: Rect) -> Vec<Node> {
    let center = rect.center();
    let rx = (rect.width() / 2.0 - NAME_WIDTH / 2.0).max(NODE_RADIUS);
    let ry = (rect.height() / 2.0 - NODE_RADIUS - NAME_ROOM).max(NODE_RADIUS);
    let n = parties.len();
    parties
        .iter()
        .enumerate()
        .map(|(i, &speaker)| {
            let (pos, name_above) = if n == 1 {
                (center, false)
            } else {
                let angle = PI + TAU * i as f32 / n as f32;
                let at = vec2(rx * angle.cos(), ry * angle.sin());
                (center + at, angle.sin() < -0.3)
            };
            Node {
                speaker,
                pos,
                name_above,
                contradicts: 0,
                contradicted: 0,
            }
        })
        .collect()
}

/// The control points of an arrow from circle `p` to circle `q`, bowed
/// sideways by `bow` (zero: straight).
fn arc_path(p: Pos2, q: Pos2, bow: Vec2) -> [Pos2; 4] {
    // A quadratic curve through the bowed midpoint, written as a cubic.
    let control = p.lerp(q, 0.5) + bow * 2.0;
    let start = p + (control - p).normalized() * (NODE_RADIUS + 2.0);
    let end = q + (control - q).normalized() * (NODE_RADIUS + 3.0);
    [
        start,
        start + (control - start) * (2.0 / 3.0),
        end + (control - end) * (2.0 / 3.0),
        end,
    ]
}

/// The control points of an arrow from a circle at `pos` back to itself,
/// drawn outwards (away from `center`).
fn loop_path(pos: Pos2, center: Pos2, offset: f32) -> [Pos2; 4] {
    let out = pos - center;
    let angle = if out.length() > 0.0 {
        out.angle()
    } else {
        -PI / 2.0
    } + offset / ARROW_GAP * 0.8;
    let (left, right) = (Vec2::angled(angle - 0.5), Vec2::angled(angle + 0.5));
    [
        pos + left * (NODE_RADIUS + 2.0),
        pos + left * NODE_RADIUS * 3.5,
        pos + right * NODE_RADIUS * 3.5,
        pos + right * (NODE_RADIUS + 3.0),
    ]
}

/// The arrow along the cubic curve `path`.
fn edge(ids: Vec<ContradictionId>, from: usize, to: usize, path: [Pos2; 4]) -> Edge {
    let [_, _, c2, tip] = path;
    let direction = (tip - c2).normalized();
    let mut shaft: Vec<Pos2> = (0..=SAMPLES)
        .map(|i| cubic(path, i as f32 / SAMPLES as f32))
        .collect();
    // End the shaft inside the head so that a thick line does not poke out.
    if let Some(last) = shaft.last_mut() {
        *last = tip - direction * (HEAD_LENGTH - 1.0);
    }
    Edge {
        id: ids.first().copied().unwrap_or(ContradictionId(0)),
        ids,
        from,
        to,
        shaft,
        tip,
        direction,
        middle: cubic(path, 0.5),
    }
}

/// The point at `t` (0–1) along a cubic Bézier curve.
fn cubic([p0, p1, p2, p3]: [Pos2; 4], t: f32) -> Pos2 {
    let u = 1.0 - t;
    let v = p0.to_vec2() * (u * u * u)
        + p1.to_vec2() * (3.0 * u * u * t)
        + p2.to_vec2() * (3.0 * u * t * t)
        + p3.to_vec2() * (t * t * t);
    v.to_pos2()
}

/// Distance from `p` to the nearest point of a polyline.
fn polyline_distance(points: &[Pos2], p: Pos2) -> f32 {
    points
        .windows(2)
        .map(|w| segment_distance(w[0], w[1], p))
        .fold(f32::INFINITY, f32::min)
}

/// Distance from `p` to the segment `a`–`b`.
fn segment_distance(a: Pos2, b: Pos2, p: Pos2) -> f32 {
    let ab = b - a;
    let len = ab.length_sq();
    if len <= 0.0 {
        return a.distance(p);
    }
    let t = ((p - a).dot(ab) / len).clamp(0.0, 1.0);
    (a + ab * t).distance(p)
}

#[cfg(test)]
mod tests {
    use egui::pos2;

    use super::*;
    use crate::document::Span;
    use crate::engine::{Contradiction, ContradictionKind, Quote, QuoteId, QuoteKind};

    fn quote(speaker: Option<usize>) -> Quote {
        Quote {
            speaker: speaker.map(SpeakerId),
            kind: QuoteKind::Direct,
            span: Span::new(0, 1),
            cue: None,
            confidence: 1.0,
            reason: String::new(),
        }
    }

    fn contradiction(a: usize, b: usize) -> Contradiction {
        Contradiction {
            a: QuoteId(a),
            b: QuoteId(b),
            kind: ContradictionKind::Denial,
            cue: String::new(),
            explanation: String::new(),
            confidence: 1.0,
        }
    }

    /// Speakers 0, 2 and 3 quoted; 2 contradicts 0 twice, 3 contradicts 2.
    fn analysis() -> Analysis {
        Analysis {
            speakers: Vec::new(),
            quotes: vec![
                quote(Some(0)),
                quote(Some(2)),
                quote(Some(3)),
                quote(Some(2)),
            ],
            contradictions: vec![
                contradiction(1, 0),
                contradiction(2, 1),
                contradiction(3, 0),
            ],
        }
    }

    fn rect() -> Rect {
        Rect::from_min_size(Pos2::ZERO, vec2(400.0, 200.0))
    }

    #[test]
    fn many_contradictions_between_two_parties_become_one_numbered_arrow() {
        // Speaker 1 contradicts speaker 0 five times, speaker 0 contradicts 1 once.
        let mut quotes = vec![quote(Some(0))];
        quotes.extend((0..5).map(|_| quote(Some(1))));
        let mut contradictions: Vec<Contradiction> = (1..=5).map(|a| contradiction(a, 0)).collect();
        contradictions.push(contradiction(0, 1));
        let analysis = Analysis {
            speakers: Vec::new(),
            quotes,
            contradictions,
        };
        let layout = GraphLayout::new(&analysis, rect());
        assert_eq!(layout.edges.len(), 2, "one bundle and one single arrow");
        let bundle = &layout.edges[0];
        assert_eq!(bundle.ids.len(), 5);
        assert_eq!((bundle.from, bundle.to), (1, 0));
        assert_eq!(bundle.id, ContradictionId(0));
        assert_eq!(layout.edges[1].ids, [ContradictionId(5)]);
        assert_eq!(layout.nodes[1].contradicts, 5);
        assert_eq!(layout.nodes[0].contradicted, 5);
        assert_eq!(layout.hidden_parties, 0);
    }

    #[test]
    fn only_the_parties_in_the_most_contradictions_are_drawn() {
        // Speaker 0 is contradicted by 30 others; speaker 1 by 2 of them again.
        let parties = MAX_PARTIES + 14;
        let mut quotes: Vec<Quote> = (0..parties).map(|s| quote(Some(s))).collect();
        quotes.push(quote(Some(2)));
        let mut contradictions: Vec<Contradiction> =
            (1..parties).map(|a| contradiction(a, 0)).collect();
        contradictions.push(contradiction(parties, 1));
        let analysis = Analysis {
            speakers: Vec::new(),
            quotes,
            contradictions,
        };
        let layout = GraphLayout::new(&analysis, rect());
        assert_eq!(layout.nodes.len(), MAX_PARTIES);
        assert_eq!(layout.hidden_parties, parties - MAX_PARTIES);
        let drawn: Vec<_> = layout.nodes.iter().map(|n| n.speaker).collect();
        for s in [0, 1, 2] {
            assert!(
                drawn.contains(&Some(SpeakerId(s))),
                "speaker {s} should be drawn"
            );
        }
        assert!(
            layout
                .edges
                .iter()
                .all(|e| e.from < MAX_PARTIES && e.to < MAX_PARTIES),
            "arrows only between drawn parties"
        );
    }

    #[test]
    fn nodes_are_the_parties_in_speaker_order_inside_the_rect() {
        let layout = GraphLayout::new(&analysis(), rect());
        let speakers: Vec<_> = layout.nodes.iter().map(|n| n.speaker).collect();
        assert_eq!(
            speakers,
            vec![Some(SpeakerId(0)), Some(SpeakerId(2)), Some(SpeakerId(3))]
        );
        assert!(layout.nodes.iter().all(|n| rect().contains(n.pos)));
        // The first speaker sits on the left.
        assert!(layout.nodes[0].pos.x < rect().center().x);
        let counts: Vec<_> = layout
            .nodes
            .iter()
            .map(|n| (n.contradicts, n.contradicted))
            .collect();
        assert_eq!(counts, vec![(0, 2), (2, 1), (1, 0)]);
    }

    #[test]
    fn arrows_run_from_the_contradicting_to_the_contradicted() {
        let layout = GraphLayout::new(&analysis(), rect());
        let ends: Vec<_> = layout.edges.iter().map(|e| (e.from, e.to)).collect();
        assert_eq!(ends, vec![(1, 0), (2, 1), (1, 0)]);
        for e in &layout.edges {
            let target = layout.nodes[e.to].pos;
            let dist = e.tip.distance(target);
            assert!((dist - NODE_RADIUS - 3.0).abs() < 0.5, "tip at {dist}");
            // The head points into the target.
            assert!((target - e.tip).dot(e.direction) > 0.0);
        }
        // Two arrows between the same pair bow apart instead of overlapping.
        let gap = layout.edges[0].middle.distance(layout.edges[2].middle);
        assert!(gap > ARROW_GAP - 0.5, "middles {gap} apart");
    }

    #[test]
    fn hits_find_circles_then_arrows() {
        let layout = GraphLayout::new(&analysis(), rect());
        assert_eq!(layout.hit(layout.nodes[2].pos), Some(Item::Node(2)));
        for (i, e) in layout.edges.iter().enumerate() {
            assert_eq!(layout.hit(e.middle), Some(Item::Edge(i)));
        }
        assert_eq!(layout.hit(pos2(399.0, 1.0)), None);
    }

    #[test]
    fn unknown_speakers_and_self_contradictions_still_get_drawn() {
        let analysis = Analysis {
            speakers: Vec::new(),
            quotes: vec![quote(None), quote(Some(1)), quote(Some(1))],
            contradictions: vec![contradiction(1, 0), contradiction(2, 1)],
        };
        let layout = GraphLayout::new(&analysis, rect());
        let speakers: Vec<_> = layout.nodes.iter().map(|n| n.speaker).collect();
        assert_eq!(speakers, vec![Some(SpeakerId(1)), None]);
        assert_eq!(layout.edges.len(), 2);
        let looped = &layout.edges[1];
        assert_eq!((looped.from, looped.to), (0, 0));
        assert!(looped.middle.distance(layout.nodes[0].pos) > NODE_RADIUS);
        assert_eq!(layout.hit(looped.middle), Some(Item::Edge(1)));
    }

    #[test]
    fn no_contradictions_no_picture() {
        let layout = GraphLayout::new(&Analysis::default(), rect());
        assert!(layout.nodes.is_empty() && layout.edges.is_empty());
    }
}
