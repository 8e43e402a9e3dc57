//! How far an analysis has got, and a way to stop it: shared between the
//! thread that analyses and the one that shows a progress bar.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};

/// Steps of progress in a whole analysis.
const STEPS: u32 = 1000;

/// Progress of one analysis (0–1) and its cancel flag; safe to share
/// between threads (put it in an `Arc`).
#[derive(Debug, Default)]
pub struct Progress {
    done: AtomicU32,
    cancelled: AtomicBool,
}

impl Progress {
    /// Nothing done yet, not cancelled.
    pub fn new() -> Self {
        Self::default()
    }

    /// How much of the work is done, from 0 to 1.
    pub fn fraction(&self) -> f32 {
        self.done.load(Ordering::Relaxed) as f32 / STEPS as f32
    }

    /// Asks the analysis to stop at its next check; it then returns `None`.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    /// True once [`Progress::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    /// Records that `fraction` (0–1) of the work is done; never goes back.
    pub(crate) fn set(&self, fraction: f32) {
        // The product is within 0..=STEPS after clamping, so the cast is exact enough.
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "clamped to 0..=STEPS first"
        )]
        let steps = (fraction.clamp(0.0, 1.0) * STEPS as f32) as u32;
        self.done.fetch_max(steps, Ordering::Relaxed);
    }

    /// Records progress `part` of `whole` inside the phase spanning `from`–`to`.
    pub(crate) fn set_within(&self, from: f32, to: f32, part: usize, whole: usize) {
        let share = if whole == 0 {
            1.0
        } else {
            part as f32 / whole as f32
        };
        self.set(from + (to - from) * share);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_moves_forward_only_and_cancels() {
        let p = Progress::new();
        p.set_within(0.1, 0.9, 1, 2);
        assert!((p.fraction() - 0.5).abs() < 0.01);
        p.set(0.2);
        assert!((p.fraction() - 0.5).abs() < 0.01, "never goes back");
        assert!(!p.is_cancelled());
        p.cancel();
        assert!(p.is_cancelled());
    }
}
