//! "Who contradicts whom": a small picture at the top of the sources pane.
//! Each party that takes part in a contradiction is a circle in its speaker
//! colour with its initials and name; each contradiction is an arrow, with a
//! head, from the contradicting party to the contradicted one.
//!
//! Click an arrow to select its contradiction; click a circle to list only
//! that speaker's passages (again to list everyone's). Every circle and arrow
//! is a widget of its own with a label, so screen readers and tests find it.

use std::fmt::Write as _;

use egui::accesskit::Role;
use egui::text::LayoutJob;
use egui::{
    Align, CollapsingHeader, Color32, CursorIcon, FontId, Pos2, Rect, Response, RichText, Sense,
    Shape, Stroke, StrokeKind, Ui, WidgetInfo, vec2,
};

use super::graph_layout::{
    Edge, GraphLayout, Item, MAX_ARROWS_PER_PAIR, NAME_WIDTH, NODE_RADIUS, Node,
};
use super::state::{AppState, Article, Command, Selection, shorten};
use super::theme;
use crate::engine::{Analysis, ContradictionId};

/// The title of the section.
pub const TITLE: &str = "Who contradicts whom";
/// Size of the names under the circles, in points.
const NAME_SIZE: f32 = 11.5;
/// Most parties drawn with their names; more get initials alone.
const MAX_NAMED: usize = 8;
/// Side of the square handle halfway along each arrow, in points.
const HANDLE: f32 = 14.0;

/// The collapsible section with the picture; whether it is open is the
/// reader's choice, kept in [`AppState::graph_collapsed`].
pub fn graph_section_ui(ui: &mut Ui, state: &AppState, article: &Article, out: &mut Vec<Command>) {
    let open = !state.graph_collapsed;
    let section = CollapsingHeader::new(RichText::new(TITLE).strong())
        .id_salt("who_contradicts_whom")
        .open(Some(open))
        .show(ui, |ui| graph_ui(ui, state, article, out));
    if section.header_response.clicked() {
        out.push(Command::ShowGraph(!open));
    }
}

/// The picture itself and the line explaining it.
fn graph_ui(ui: &mut Ui, state: &AppState, article: &Article, out: &mut Vec<Command>) {
    let analysis = &article.analysis;
    if analysis.contradictions.is_empty() {
        ui.label(RichText::new("No contradictions found: no one to draw.").weak());
        return;
    }
    let height = (ui.ctx().content_rect().height() * 0.28).clamp(150.0, 230.0);
    let (rect, canvas) = ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::click());
    let layout = GraphLayout::new(analysis, rect);
    canvas.widget_info(|| {
        let summary = format!(
            "{TITLE}: {} parties, {} contradictions",
            layout.nodes.len(),
            layout.edges.len()
        );
        WidgetInfo::labeled(Role::Image, true, summary)
    });

    let pointer = ui
        .input(|i| i.pointer.hover_pos())
        .filter(|_| ui.rect_contains_pointer(rect));
    let hovered = pointer.and_then(|p| layout.hit(p));
    let mut clicked = if canvas.clicked() { hovered } else { None };
    if let Some(item) = hovered {
        ui.ctx().set_cursor_icon(CursorIcon::PointingHand);
        let _ =
            canvas.on_hover_ui_at_pointer(|ui| item_tooltip_ui(ui, state, analysis, &layout, item));
    }

    paint_ui(ui, state, analysis, &layout, rect, hovered);

    // Widgets over the picture: one handle per arrow, one per circle (on top).
    for (i, edge) in layout.edges.iter().enumerate() {
        let area = Rect::from_center_size(edge.middle, vec2(HANDLE, HANDLE));
        let response = ui.interact(
            area,
            ui.make_persistent_id(("arrow", edge.id.0)),
            Sense::click(),
        );
        let selected = is_selected(state, edge);
        let label = edge_label(analysis, &layout, edge);
        response.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, &label));
        if take_click(ui, response, state, analysis, &layout, Item::Edge(i)) {
            clicked = Some(Item::Edge(i));
        }
    }
    for (i, node) in layout.nodes.iter().enumerate() {
        let area = Rect::from_center_size(node.pos, vec2(2.0, 2.0) * NODE_RADIUS);
        let id = ui.make_persistent_id(("party", node.speaker.map(|s| s.0)));
        let response = ui.interact(area, id, Sense::click());
        let selected = node.speaker.is_some() && node.speaker == state.speaker_filter;
        let label = node_label(analysis, node);
        response.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, &label));
        if take_click(ui, response, state, analysis, &layout, Item::Node(i)) {
            clicked = Some(Item::Node(i));
        }
    }

    match clicked {
        Some(Item::Edge(i)) => {
            if let Some(edge) = layout.edges.get(i) {
                out.push(Command::SelectContradiction(next_of_bundle(state, edge)));
            }
        }
        Some(Item::Node(i)) => {
            if let Some(speaker) = layout.nodes.get(i).and_then(|n| n.speaker) {
                let again = state.speaker_filter == Some(speaker);
                out.push(Command::FilterSpeaker((!again).then_some(speaker)));
            }
        }
        None => {}
    }
    let mut note = "Arrows run from the party who contradicts to the one contradicted. \
                    Click an arrow to select it, a speaker to list only their passages."
        .to_owned();
    if layout.edges.iter().any(|e| e.ids.len() > 1) {
        let _ = write!(
            note,
            " A numbered arrow stands for more than {MAX_ARROWS_PER_PAIR} contradictions \
             between two parties: each click selects the next."
        );
    }
    if layout.hidden_parties > 0 {
        let _ = write!(
            note,
            " Showing the {} parties in the most contradictions; {} more are in the list below.",
            layout.nodes.len(),
            layout.hidden_parties
        );
    }
    ui.label(RichText::new(note).size(theme::NOTE_SIZE).weak());
}

/// True when the selected contradiction is one the arrow stands for.
fn is_selected(state: &AppState, edge: &Edge) -> bool {
    matches!(state.selection, Some(Selection::Contradiction(id)) if edge.ids.contains(&id))
}

/// The contradiction a click on the arrow selects: its first, or for an arrow
/// standing for several, the one after the selected one (round again at the end).
fn next_of_bundle(state: &AppState, edge: &Edge) -> ContradictionId {
    let current = match state.selection {
        Some(Selection::Contradiction(id)) => edge.ids.iter().position(|&i| i == id),
        _ => None,
    };
    match current {
        Some(k) => edge.ids[(k + 1) % edge.ids.len()],
        None => edge.id,
    }
}

/// Gives a circle or arrow widget its tooltip; true when it was clicked.
fn take_click(
    ui: &Ui,
    response: Response,
    state: &AppState,
    analysis: &Analysis,
    layout: &GraphLayout,
    item: Item,
) -> bool {
    if response.hovered() {
        ui.ctx().set_cursor_icon(CursorIcon::PointingHand);
    }
    response
        .on_hover_ui(|ui| item_tooltip_ui(ui, state, analysis, layout, item))
        .clicked()
}

/// What a circle or arrow is, and what clicking it does.
fn item_tooltip_ui(
    ui: &mut Ui,
    state: &AppState,
    analysis: &Analysis,
    layout: &GraphLayout,
    item: Item,
) {
    match item {
        Item::Node(i) => {
            let Some(node) = layout.nodes.get(i) else {
                return;
            };
            ui.strong(node_label(analysis, node));
            let name = party_name(analysis, node);
            let hint = match node.speaker {
                Some(s) if state.speaker_filter == Some(s) => {
                    "Click to list everyone's passages again".to_owned()
                }
                Some(_) => format!("Click to list only {name}'s passages"),
                None => "Quotes nobody could attribute".to_owned(),
            };
            ui.label(RichText::new(hint).size(theme::NOTE_SIZE).weak());
        }
        Item::Edge(i) => {
            let Some(edge) = layout.edges.get(i) else {
                return;
            };
            ui.strong(edge_label(analysis, layout, edge));
            if let Some(c) = analysis.contradictions.get(edge.id.0)
                && !c.explanation.is_empty()
            {
                ui.label(&c.explanation);
            }
            let hint = if edge.ids.len() > 1 {
                "Each click selects the next of them and shows it in the article"
            } else {
                "Click to select it and show it in the article"
            };
            ui.label(RichText::new(hint).size(theme::NOTE_SIZE).weak());
        }
    }
}

/// "Kremlin contradicts Donald Trump (denial)".
fn edge_label(analysis: &Analysis, layout: &GraphLayout, edge: &Edge) -> String {
    let name = |i: usize| {
        layout
            .nodes
            .get(i)
            .map_or("unknown speaker", |n| party_name(analysis, n))
    };
    let kind = analysis
        .contradictions
        .get(edge.id.0)
        .map_or("", |c| c.kind.as_str());
    if edge.ids.len() > 1 {
        return format!(
            "{} contradicts {} ({} contradictions)",
            name(edge.from),
            name(edge.to),
            edge.ids.len()
        );
    }
    format!("{} contradicts {} ({kind})", name(edge.from), name(edge.to))
}

/// "Kremlin: contradicts 1, contradicted by 0".
fn node_label(analysis: &Analysis, node: &Node) -> String {
    format!(
        "{}: contradicts {}, contradicted by {}",
        party_name(analysis, node),
        node.contradicts,
        node.contradicted
    )
}

/// The speaker's name, or "unknown speaker".
fn party_name<'a>(analysis: &'a Analysis, node: &Node) -> &'a str {
    node.speaker
        .and_then(|s| analysis.speaker(s))
        .map_or("unknown speaker", |s| s.name.as_str())
}

/// Up to three capitals: "Donald Trump" → "DT", "Wall Street Journal" → "WSJ".
fn initials(name: &str) -> String {
    let letters: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .flat_map(char::to_uppercase)
        .take(3)
        .collect();
    if letters.is_empty() {
        "?".to_owned()
    } else {
        letters
    }
}

/// Paints the background, the arrows, then the circles and their names.
fn paint_ui(
    ui: &Ui,
    state: &AppState,
    analysis: &Analysis,
    layout: &GraphLayout,
    rect: Rect,
    hovered: Option<Item>,
) {
    if !ui.is_rect_visible(rect) {
        return;
    }
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    let dark = visuals.dark_mode;
    painter.rect_filled(rect, 6.0, visuals.faint_bg_color);

    let accent = theme::contradiction_color(dark);
    let filter = state
        .speaker_filter
        .and_then(|s| layout.nodes.iter().position(|n| n.speaker == Some(s)));
    for (i, edge) in layout.edges.iter().enumerate() {
        let selected = is_selected(state, edge);
        let faded = filter.is_some_and(|f| edge.from != f && edge.to != f);
        let color = if faded {
            accent.gamma_multiply(0.3)
        } else {
            accent
        };
        let width = if hovered == Some(Item::Edge(i)) {
            2.5
        } else {
            1.5
        };
        if selected {
            // A dark (light) halo as well as a thicker line: not colour alone.
            let halo = theme::selection_stroke(visuals).color;
            painter.line(edge.shaft.clone(), Stroke::new(6.0, halo));
            painter.add(Shape::convex_polygon(
                edge.head().to_vec(),
                halo,
                Stroke::new(3.0, halo),
            ));
        }
        let width = if selected { 3.0 } else { width };
        painter.line(edge.shaft.clone(), Stroke::new(width, color));
        painter.add(Shape::convex_polygon(
            edge.head().to_vec(),
            color,
            Stroke::NONE,
        ));
        if edge.ids.len() > 1 {
            // The count in a badge halfway along.
            painter.circle(
                edge.middle,
                HANDLE / 2.0 + 1.0,
                visuals.faint_bg_color,
                Stroke::new(1.5, color),
            );
            painter.text(
                edge.middle,
                egui::Align2::CENTER_CENTER,
                edge.ids.len().to_string(),
                FontId::proportional(10.0),
                theme::reading_color(visuals),
            );
        } else {
            painter.circle(
                edge.middle,
                3.5,
                visuals.faint_bg_color,
                Stroke::new(1.5, color),
            );
        }
    }

    let ink = theme::reading_color(visuals);
    for (i, node) in layout.nodes.iter().enumerate() {
        let fill = theme::speaker_fill(node.speaker, dark);
        let chosen = filter == Some(i);
        let stroke = if chosen {
            Stroke::new(3.0, ink)
        } else if hovered == Some(Item::Node(i)) {
            Stroke::new(2.0, ink)
        } else {
            Stroke::new(1.0, ink.gamma_multiply(0.6))
        };
        painter.circle(node.pos, NODE_RADIUS, fill, stroke);
        if chosen {
            let ring = Rect::from_center_size(node.pos, vec2(2.0, 2.0) * (NODE_RADIUS + 4.0));
            painter.rect_stroke(
                ring,
                NODE_RADIUS + 4.0,
                Stroke::new(1.0, ink),
                StrokeKind::Inside,
            );
        }
        let name = party_name(analysis, node);
        painter.text(
            node.pos,
            egui::Align2::CENTER_CENTER,
            initials(name),
            FontId::proportional(11.0),
            ink,
        );
        // Past a handful of parties the names would collide: initials only,
        // with the name of the one pointed at or chosen.
        if layout.nodes.len() <= MAX_NAMED || chosen || hovered == Some(Item::Node(i)) {
            paint_name(&painter, node, &shorten(name, 28), ink);
        }
    }
}

/// The name of a party, centred above or below its circle, on up to two lines.
fn paint_name(painter: &egui::Painter, node: &Node, name: &str, color: Color32) {
    let mut job = LayoutJob::simple(
        name.to_owned(),
        FontId::proportional(NAME_SIZE),
        color,
        NAME_WIDTH,
    );
    job.halign = Align::Center;
    job.wrap.max_rows = 2;
    let galley = painter.layout_job(job);
    let size = galley.rect;
    let gap = NODE_RADIUS + 3.0;
    let anchor = if node.name_above {
        Pos2::new(node.pos.x, node.pos.y - gap - size.height())
    } else {
        Pos2::new(node.pos.x, node.pos.y + gap)
    };
    let origin = anchor - vec2(size.center().x, size.top());
    painter.galley(origin, galley, color);
}

#[cfg(test)]
mod tests {
    use super::initials;

    #[test]
    fn initials_take_the_first_letter_of_each_word() {
        assert_eq!(initials("Donald Trump"), "DT");
        assert_eq!(initials("Wall Street Journal"), "WSJ");
        assert_eq!(initials("Kremlin"), "K");
        assert_eq!(initials("the \"Group\" of many words"), "TGO");
        assert_eq!(initials("  "), "?");
    }
}
