//! The reader window (eframe): the article in the middle, the sources on the right.
//!
//! Each frame the views ([`article`], [`sources`], and the bars here) read the
//! [`AppState`] and return [`Command`]s; [`CounterpointApp`] then applies them:
//! the ones that need the platform (file picker, closing the window) itself,
//! the rest through [`AppState::handle`].

mod article;
mod corrections_ui;
mod editing;
mod fonts;
mod graph;
mod graph_layout;
mod loading;
mod passages;
mod row_heights;
mod sources;
pub mod state;
mod text_selection;
pub mod theme;
mod words;

mod cite;
mod explain;
mod legend;
mod menus;
pub mod prefs;
pub mod reader;
pub mod search;
mod shortcuts;
mod visible;

use std::path::{Path, PathBuf};

use egui::{
    Align, CentralPanel, Color32, Frame, Id, Key, KeyboardShortcut, LayerId, Layout, Margin,
    MenuBar, Modifiers, Order, Panel, RichText, TextEdit, ThemePreference, Ui, ViewportCommand,
};

pub use state::{AppState, Article, Command, Pane, PendingScroll, Selection, Side, SourcesView};

pub use menus::ZoomStep;
pub use prefs::Prefs;
pub use reader::{ReaderCommand, ReaderState, Shown};

/// Ctrl+O (Cmd+O on a Mac): open a file.
const OPEN_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
/// Ctrl+Q (Cmd+Q on a Mac): quit.
const QUIT_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Q);

/// Opens the reader window, with `file` loaded if given.
pub fn run(file: Option<PathBuf>) -> Result<(), eframe::Error> {
    let started = std::time::Instant::now();
    let title = window_title(
        file.as_deref()
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy())
            .as_deref(),
    );
    let options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport: egui::ViewportBuilder::default()
            .with_title(title)
            .with_app_id("counterpoint")
            .with_inner_size([1280.0, 820.0])
            .with_min_inner_size([640.0, 400.0])
            .with_drag_and_drop(true),
        ..eframe::NativeOptions::default()
    };
    eframe::run_native(
        "Counterpoint",
        options,
        Box::new(move |cc| {
            // Fonts before the first frame, so that it is drawn with them.
            fonts::install(&cc.egui_ctx);
            let prefs = Prefs::load(cc.storage);
            let mut app = CounterpointApp::with_prefs(file, prefs);
            app.fonts_installed = true;
            if std::env::var_os(STARTUP_TIMING_VAR).is_some() {
                app.startup = Some(started);
            }
            Ok(Box::new(app))
        }),
    )
}

/// Set this environment variable to have the window print, on stderr, how
/// long after start its first screen (with the article, when one was given)
/// was ready: `COUNTERPOINT_STARTUP_TIMING=1 counterpoint FILE`.
pub const STARTUP_TIMING_VAR: &str = "COUNTERPOINT_STARTUP_TIMING";

impl CounterpointApp {
    /// Prints the time to the first screen once it is ready: the first frame
    /// with nothing left to open (the article shown, or its error).
    fn report_startup(&mut self) {
        let Some(started) = self.startup else {
            return;
        };
        if self.state.loading.is_some() {
            return;
        }
        self.startup = None;
        let what = self
            .state
            .article
            .as_ref()
            .map_or_else(|| "no article".to_owned(), |a| a.document.file_name());
        eprintln!(
            "counterpoint: first screen ({what}) ready {} ms after start",
            started.elapsed().as_millis()
        );
    }
}

/// "Counterpoint — venezuela.txt", or "Counterpoint" with no file.
fn window_title(file_name: Option<&str>) -> String {
    match file_name {
        Some(name) => format!("Counterpoint — {name}"),
        None => "Counterpoint".to_owned(),
    }
}

/// The reader window as an [`eframe::App`].
#[derive(Debug, Default)]
pub struct CounterpointApp {
    state: AppState,
    /// The window title last sent to the platform.
    shown_title: String,
    /// When the program started, while the first screen is still to be
    /// timed (see [`STARTUP_TIMING_VAR`]).
    startup: Option<std::time::Instant>,
    /// True once the fonts with wider script coverage are installed.
    fonts_installed: bool,
    /// What the reader chose and the window remembers between runs.
    prefs: Prefs,
    /// True once [`CounterpointApp::prefs`] have been applied to egui.
    prefs_applied: bool,
    /// The [`AppState::generation`] last seen (to notice a new article).
    seen_generation: u64,
}

impl CounterpointApp {
    /// A window with `file` opened (a failure shows as the error banner).
    /// Needs no [`eframe::CreationContext`], so tests can build it directly.
    pub fn new(file: Option<PathBuf>) -> Self {
        let mut app = Self::default();
        if let Some(path) = file {
            app.state.handle(Command::Open(path));
        }
        app
    }

    /// A window with `file` opened and the reader's saved choices applied
    /// on the first frame.
    pub fn with_prefs(file: Option<PathBuf>, prefs: Prefs) -> Self {
        let mut app = Self::new(file);
        app.prefs = prefs;
        app
    }

    /// A window showing an article loaded and analysed elsewhere.
    pub fn with_article(article: Article) -> Self {
        let mut app = Self::default();
        app.state.show(article);
        app
    }

    /// What the window shows.
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Applies a command that needs no platform, as a view would (tests use
    /// it for what a native dialog would ask, e.g. where to export).
    pub fn handle(&mut self, cmd: Command) {
        self.state.handle(cmd);
    }

    /// Applies a command: platform ones here, the rest through [`AppState::handle`].
    fn dispatch(&mut self, ui: &Ui, cmd: Command) {
        match cmd {
            Command::ShowOpenDialog => {
                let mut dialog = rfd::FileDialog::new()
                    .set_title("Open an article")
                    .add_filter(
                        "Articles",
                        &["txt", "text", "md", "markdown", "html", "htm", "docx"],
                    )
                    .add_filter("All files", &["*"]);
                if let Some(dir) = self.current_dir() {
                    dialog = dialog.set_directory(dir);
                }
                // With no dialog backend this returns `None` at once; the path
                // field and drag-and-drop still work.
                if let Some(path) = dialog.pick_file() {
                    self.state.handle(Command::Open(path));
                }
            }
            Command::ShowExportDialog => self.show_export_dialog(),
            Command::Quit => ui.send_viewport_cmd(ViewportCommand::Close),
            Command::SetTheme(preference) => ui.ctx().set_theme(preference),
            Command::CopyCitation(quote) => {
                let text = self
                    .state
                    .article
                    .as_ref()
                    .and_then(|a| cite::citation(a, quote));
                if let Some(text) = text {
                    ui.ctx().copy_text(text);
                }
            }
            Command::Zoom(step) => match step {
                ZoomStep::In => egui::gui_zoom::zoom_in(ui.ctx()),
                ZoomStep::Out => egui::gui_zoom::zoom_out(ui.ctx()),
                ZoomStep::Reset => ui.ctx().set_zoom_factor(1.0),
            },
            Command::CopySelectedText => {
                if let Some(words) = self.state.selected_text() {
                    ui.ctx().copy_text(state::collapse_whitespace(words));
                }
            }
            Command::ClearRecentFiles => self.prefs.recent_files.clear(),
            other => self.state.handle(other),
        }
    }

    /// Asks where to save the report, then exports it there.
    fn show_export_dialog(&mut self) {
        let Some(article) = &self.state.article else {
            return;
        };
        let stem = article
            .document
            .path
            .file_stem()
            .map_or_else(|| "report".to_owned(), |s| s.to_string_lossy().into_owned());
        let mut dialog = rfd::FileDialog::new()
            .set_title("Export the report")
            .set_file_name(format!("{stem}.report.html"))
            .add_filter("Web page (HTML)", &["html", "htm"])
            .add_filter("Markdown", &["md"])
            .add_filter("JSON report", &["json"]);
        if let Some(dir) = self.current_dir() {
            dialog = dialog.set_directory(dir);
        }
        if let Some(path) = dialog.save_file() {
            self.state.handle(Command::Export(path));
        }
    }

    fn current_dir(&self) -> Option<PathBuf> {
        let path = &self.state.article.as_ref()?.document.path;
        path.parent().map(Path::to_path_buf)
    }

    /// Keyboard shortcuts and dropped files.
    fn input_commands(&self, ui: &Ui) -> Vec<Command> {
        let mut out = Vec::new();
        ui.input_mut(|i| {
            if i.consume_shortcut(&OPEN_SHORTCUT) {
                out.push(Command::ShowOpenDialog);
            }
            if i.consume_shortcut(&QUIT_SHORTCUT) {
                out.push(Command::Quit);
            }
            if let Some(path) = i.raw.dropped_files.first().map(|f| f.path().to_path_buf()) {
                out.push(Command::Open(path));
            }
        });
        corrections_ui::shortcut_commands(ui, &mut out);
        let typing = ui.ctx().egui_wants_keyboard_input();
        let selected = self.state.selection.is_some() || self.state.text_selection.is_some();
        let escape = ui.input(|i| i.key_pressed(Key::Escape));
        if escape && selected && !typing {
            out.push(Command::ClearSelection);
        }
        // Ctrl+Shift+C (copy citation) sends a copy event too on some platforms.
        let copy = ui.input(|i| {
            !i.modifiers.shift && i.events.iter().any(|e| matches!(e, egui::Event::Copy))
        });
        if copy && self.state.text_selection.is_some() && !typing {
            out.push(Command::CopySelectedText);
        }
        out
    }

    /// Tells the platform the window title when it changes.
    fn update_title(&mut self, ui: &Ui) {
        let name = self.state.article.as_ref().map(|a| a.document.file_name());
        let title = window_title(name.as_deref());
        if title != self.shown_title {
            ui.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }
}

impl eframe::App for CounterpointApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        if !self.fonts_installed {
            fonts::install(ui.ctx());
            self.fonts_installed = true;
        }
        self.apply_prefs_once(ui);
        if self.state.poll_loading() {
            ui.ctx().request_repaint_after(LOADING_REPAINT);
        }
        self.note_new_article();
        let mut commands = shortcuts::reader_key_commands(ui, &self.state);
        commands.extend(self.input_commands(ui));
        let state = &self.state;
        let prefs = &self.prefs;
        Panel::top("menu_bar").show(ui, |ui| top_bar_ui(ui, state, prefs, &mut commands));
        if let Some(error) = &state.error {
            let dark = ui.visuals().dark_mode;
            let fill = if dark {
                Color32::from_rgb(0x5C, 0x1A, 0x1A)
            } else {
                Color32::from_rgb(0xFD, 0xE2, 0xE1)
            };
            Panel::top("error_banner")
                .frame(
                    Frame::new()
                        .fill(fill)
                        .inner_margin(Margin::symmetric(12, 6)),
                )
                .show(ui, |ui| error_banner_ui(ui, error, &mut commands));
        }
        corrections_ui::notice_panel_ui(ui, state, &mut commands);
        Panel::bottom("status_bar").show(ui, |ui| status_bar_ui(ui, state, &mut commands));
        let sources_width = Panel::right("sources")
            .resizable(true)
            .default_size(prefs.sources_width.unwrap_or(440.0))
            .min_size(260.0)
            .show(ui, |ui| commands.extend(sources::sources_ui(ui, state)))
            .response
            .rect
            .width();
        CentralPanel::default().show(ui, |ui| commands.extend(article::article_ui(ui, state)));
        corrections_ui::windows_ui(ui, state, &mut commands);
        shortcuts::shortcuts_window_ui(ui.ctx(), state, &mut commands);
        legend::legend_window_ui(ui.ctx(), state, &mut commands);
        drop_overlay_ui(ui);

        for cmd in commands {
            self.dispatch(ui, cmd);
        }
        self.update_title(ui);
        self.report_startup();
        self.capture_prefs(ui, sources_width);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.prefs.save(storage);
    }
}

/// File menu, path field and "Open" button, theme switch.
fn top_bar_ui(ui: &mut Ui, state: &AppState, prefs: &Prefs, out: &mut Vec<Command>) {
    MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            let open =
                egui::Button::new("Open…").shortcut_text(ui.ctx().format_shortcut(&OPEN_SHORTCUT));
            if ui.add(open).clicked() {
                out.push(Command::ShowOpenDialog);
            }
            menus::open_recent_menu_ui(ui, prefs, out);
            if ui
                .add_enabled(state.article.is_some(), egui::Button::new("Export…"))
                .on_hover_text("Save the report as an HTML page, Markdown or JSON")
                .clicked()
            {
                out.push(Command::ShowExportDialog);
            }
            ui.separator();
            let quit =
                egui::Button::new("Quit").shortcut_text(ui.ctx().format_shortcut(&QUIT_SHORTCUT));
            if ui.add(quit).clicked() {
                out.push(Command::Quit);
            }
        });
        ui.menu_button("Edit", |ui| corrections_ui::edit_menu_ui(ui, state, out));
        ui.menu_button("View", |ui| {
            let current = ui.ctx().options(|o| o.theme_preference);
            for (preference, name) in [
                (ThemePreference::System, "Follow the system theme"),
                (ThemePreference::Light, "Light theme"),
                (ThemePreference::Dark, "Dark theme"),
            ] {
                if ui.radio(current == preference, name).clicked() {
                    out.push(Command::SetTheme(preference));
                }
            }
            menus::view_menu_extras_ui(ui, state, out);
        });
        menus::help_menu_ui(ui, out);
        ui.separator();
        let label = ui.label("Path:");
        let mut text = state.path_field.clone();
        let field = ui
            .add(
                TextEdit::singleline(&mut text)
                    .hint_text("path to an article (.txt)")
                    .desired_width(380.0),
            )
            .labelled_by(label.id);
        if field.changed() {
            out.push(Command::SetPathField(text));
        }
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        if ui
            .button("Open")
            .on_hover_text("Open the file named in the path field")
            .clicked()
            || enter
        {
            out.push(Command::OpenPathField);
        }
    });
}

/// The red banner with the last error and a "Dismiss" button.
fn error_banner_ui(ui: &mut Ui, error: &str, out: &mut Vec<Command>) {
    let color = if ui.visuals().dark_mode {
        Color32::from_rgb(0xFF, 0xD0, 0xCC)
    } else {
        Color32::from_rgb(0x8B, 0x10, 0x10)
    };
    ui.horizontal(|ui| {
        if ui.button("Dismiss").clicked() {
            out.push(Command::DismissError);
        }
        ui.label(RichText::new(format!("Could not open the file — {error}")).color(color));
    });
}

/// How often the window looks at a background open's progress.
const LOADING_REPAINT: std::time::Duration = std::time::Duration::from_millis(100);

/// File name and counts of speakers, quotes and contradictions; while a long
/// article opens, its progress and a "Cancel" button.
fn status_bar_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    if let Some(loading) = &state.loading {
        loading_ui(ui, loading, out);
    }
    ui.horizontal(|ui| {
        let Some(article) = &state.article else {
            ui.label(RichText::new("No article open").weak());
            return;
        };
        let a = &article.analysis;
        let count = |n: usize, what: &str| {
            let plural = if n == 1 { "" } else { "s" };
            format!("{n} {what}{plural}")
        };
        ui.label(article.document.file_name());
        ui.separator();
        ui.label(format!(
            "{} · {} · {}",
            count(a.speakers.len(), "speaker"),
            count(a.quotes.len(), "quote"),
            count(a.contradictions.len(), "contradiction")
        ));
        if let Some(time) = article.analysis_time {
            ui.separator();
            ui.label(format!("Analysed in {}", words::duration(time)));
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            ui.label(RichText::new("Hover a passage to see who says it; click to select").weak());
        });
    });
}

/// "Analysing NAME… 43 %" with a progress bar and a "Cancel" button.
fn loading_ui(ui: &mut Ui, loading: &state::Loading, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let fraction = loading.progress.fraction();
        let verb = if fraction > 0.0 {
            "Analysing"
        } else {
            "Reading"
        };
        let seconds = loading.started.elapsed().as_secs();
        ui.label(format!("{verb} {}… ({seconds} s)", loading.file_name()));
        ui.add(
            egui::ProgressBar::new(fraction)
                .desired_width(200.0)
                .show_percentage()
                .animate(false),
        );
        if ui
            .button("Cancel")
            .on_hover_text("Stop opening this file; the window keeps what it shows")
            .clicked()
        {
            out.push(Command::CancelLoading);
        }
    });
}

/// Dims the window while files are dragged over it.
fn drop_overlay_ui(ui: &Ui) {
    if ui.input(|i| i.raw.hovered_files.is_empty()) {
        return;
    }
    let painter = ui
        .ctx()
        .layer_painter(LayerId::new(Order::Foreground, Id::unique("drop_overlay")));
    let rect = ui.ctx().content_rect();
    painter.rect_filled(rect, 0.0, Color32::from_black_alpha(160));
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        "Drop the file to open it",
        egui::FontId::proportional(24.0),
        Color32::WHITE,
    );
}
