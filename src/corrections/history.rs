//! Undo and redo over the append-only list of corrections.

use super::model::Correction;

/// The corrections in force, and the ones undone that can be redone.
///
/// Undo moves the last correction to the redo stack; redo moves it back; a
/// new correction empties the redo stack. Only [`History::done`] is saved.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    done: Vec<Correction>,
    undone: Vec<Correction>,
}

impl History {
    /// A history whose corrections in force are `done` (as read from a sidecar).
    pub fn new(done: Vec<Correction>) -> Self {
        Self {
            done,
            undone: Vec::new(),
        }
    }

    /// The corrections in force, oldest first.
    pub fn done(&self) -> &[Correction] {
        &self.done
    }

    /// Adds a correction; what was undone can no longer be redone.
    pub fn push(&mut self, correction: Correction) {
        self.done.push(correction);
        self.undone.clear();
    }

    /// True when there is a correction to undo.
    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    /// True when there is a correction to redo.
    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }

    /// Takes back the last correction; false when there is none.
    pub fn undo(&mut self) -> bool {
        match self.done.pop() {
            Some(c) => {
                self.undone.push(c);
                true
            }
            None => false,
        }
    }

    /// Makes the last undone correction again; false when there is none.
    pub fn redo(&mut self) -> bool {
        match self.undone.pop() {
            Some(c) => {
                self.done.push(c);
                true
            }
            None => false,
        }
    }

    /// Undoes the last correction for good (a save of it failed).
    pub fn discard_last(&mut self) {
        self.done.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corrections::model::Edit;

    fn rename(to: &str) -> Correction {
        Correction::now(Edit::RenameSpeaker {
            from: "A".to_owned(),
            to: to.to_owned(),
        })
    }

    #[test]
    fn undo_redo_and_a_new_correction_forgets_the_redo_stack() {
        let mut h = History::default();
        assert!(!h.undo());
        h.push(rename("B"));
        h.push(rename("C"));
        assert!(h.undo());
        assert_eq!(h.done().len(), 1);
        assert!(h.can_redo());
        assert!(h.redo());
        assert_eq!(h.done().len(), 2);
        assert!(h.undo());
        h.push(rename("D"));
        assert!(!h.can_redo());
        assert_eq!(h.done().len(), 2);
    }
}
