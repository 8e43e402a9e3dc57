//! The speaker palette and the contradiction mark under simulated colour
//! blindness: protanopia, deuteranopia and tritanopia (Machado, Oliveira and
//! Fernandes 2009, severity 1), in both themes.
//!
//! Speakers get palette colours in order of first appearance, so neighbours
//! in the palette (and the last and the first, when it repeats) often appear
//! side by side; they must stay clearly apart (CIE76 ΔE*ab at least
//! [`MIN_NEIGHBOUR_DELTA_E`]). The contradiction colour must stand apart from
//! every tint, and the mark must also differ in shape: a line, not a tint.

use counterpoint::app::theme::{
    PALETTE_LEN, contradiction_color, contradiction_underline, speaker_fill,
};
use counterpoint::engine::SpeakerId;
use egui::Color32;

/// Smallest colour difference between neighbouring speaker tints: well
/// above the just-noticeable difference (about 2.3), "different at a glance".
const MIN_NEIGHBOUR_DELTA_E: f32 = 10.0;
/// Smallest colour difference between the contradiction mark and any tint.
const MIN_MARK_DELTA_E: f32 = 20.0;

/// A colour-vision simulation: a 3×3 matrix on linear RGB.
type Simulation = (&'static str, [[f32; 3]; 3]);

const SIMULATIONS: [Simulation; 4] = [
    (
        "normal vision",
        [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]],
    ),
    (
        "protanopia",
        [
            [0.152_286, 1.052_583, -0.204_868],
            [0.114_503, 0.786_281, 0.099_216],
            [-0.003_882, -0.048_116, 1.051_998],
        ],
    ),
    (
        "deuteranopia",
        [
            [0.367_322, 0.860_646, -0.227_968],
            [0.280_085, 0.672_501, 0.047_413],
            [-0.011_820, 0.042_940, 0.968_881],
        ],
    ),
    (
        "tritanopia",
        [
            [1.255_528, -0.076_749, -0.178_779],
            [-0.078_411, 0.930_809, 0.147_602],
            [0.004_733, 0.691_367, 0.303_900],
        ],
    ),
];

/// sRGB component (0–255) to linear light (0–1).
fn linear(v: u8) -> f32 {
    let v = f32::from(v) / 255.0;
    if v <= 0.040_45 {
        v / 12.92
    } else {
        ((v + 0.055) / 1.055).powf(2.4)
    }
}

/// The colour as seen with `matrix`, in CIE L*a*b* (D65).
fn seen_lab(colour: Color32, matrix: &[[f32; 3]; 3]) -> [f32; 3] {
    let rgb = [linear(colour.r()), linear(colour.g()), linear(colour.b())];
    let seen = matrix.map(|row| {
        row.iter()
            .zip(rgb)
            .map(|(m, v)| m * v)
            .sum::<f32>()
            .clamp(0.0, 1.0)
    });
    // Linear sRGB to CIE XYZ, each row one of X, Y, Z.
    let to_xyz = [
        [0.4124, 0.3576, 0.1805],
        [0.2126, 0.7152, 0.0722],
        [0.0193, 0.1192, 0.9505],
    ];
    let white = [0.950_47, 1.0, 1.088_83];
    let xyz = to_xyz.map(|row| row.iter().zip(seen).map(|(m, v)| m * v).sum::<f32>());
    let f = |t: f32| {
        const D: f32 = 6.0 / 29.0;
        if t > D * D * D {
            t.cbrt()
        } else {
            t / (3.0 * D * D) + 4.0 / 29.0
        }
    };
    let [fx, fy, fz] = [0, 1, 2].map(|k| f(xyz[k] / white[k]));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

/// CIE76 colour difference.
fn delta_e(a: [f32; 3], b: [f32; 3]) -> f32 {
    a.iter()
        .zip(b)
        .map(|(p, q)| (p - q) * (p - q))
        .sum::<f32>()
        .sqrt()
}

fn palette(dark: bool) -> Vec<Color32> {
    (0..PALETTE_LEN)
        .map(|i| speaker_fill(Some(SpeakerId(i)), dark))
        .collect()
}

#[test]
fn neighbouring_speaker_colours_stay_apart_for_colour_blind_readers() {
    let mut failures = Vec::new();
    for dark in [false, true] {
        let colours = palette(dark);
        for (name, matrix) in &SIMULATIONS {
            for i in 0..colours.len() {
                let j = (i + 1) % colours.len();
                let d = delta_e(seen_lab(colours[i], matrix), seen_lab(colours[j], matrix));
                if d < MIN_NEIGHBOUR_DELTA_E {
                    failures.push(format!(
                        "{} theme, {name}: tints {i} and {j} differ by ΔE {d:.1}",
                        if dark { "dark" } else { "light" }
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn the_contradiction_mark_differs_from_every_tint_in_colour_and_shape() {
    for dark in [false, true] {
        let mark = contradiction_color(dark);
        let tints = palette(dark).into_iter().chain([speaker_fill(None, dark)]);
        for (i, tint) in tints.enumerate() {
            for (name, matrix) in &SIMULATIONS {
                let d = delta_e(seen_lab(mark, matrix), seen_lab(tint, matrix));
                assert!(
                    d >= MIN_MARK_DELTA_E,
                    "dark={dark}, {name}: mark vs tint {i}: ΔE {d:.1}"
                );
            }
        }
        // A line drawn over the tint, thick enough to see: the shape tells
        // contradictions apart even with no colour at all.
        let stroke = contradiction_underline(dark);
        assert!(stroke.width >= 1.5, "underline width {}", stroke.width);
        assert_eq!(stroke.color, mark);
    }
}

#[test]
fn the_simulation_is_sane() {
    // Pure red and green look alike to a deuteranope, not to normal vision.
    let (red, green) = (
        Color32::from_rgb(200, 60, 40),
        Color32::from_rgb(90, 140, 40),
    );
    let normal = &SIMULATIONS[0].1;
    let deutan = &SIMULATIONS[2].1;
    let seen_normally = delta_e(seen_lab(red, normal), seen_lab(green, normal));
    let seen_by_deutan = delta_e(seen_lab(red, deutan), seen_lab(green, deutan));
    assert!(
        seen_by_deutan < seen_normally / 2.0,
        "{seen_by_deutan} vs {seen_normally}"
    );
}
