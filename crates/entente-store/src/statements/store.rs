//! The store methods of statements, as a supertrait of [`crate::Store`].

use chrono::{DateTime, Utc};
use entente_core::{Lang, Viewer};

use super::decide::{self, NewStatement, TranslationInput};
use super::read::{self, ReleaseView, StatementView};
use crate::error::{Result, StoreError};
use crate::store::{SqliteStore, actor_of, random_suffix};

/// Statements and their releases.
pub trait Statements {
    /// Begins a statement on a dossier (a drafter; a national statement: its party's delegate
    /// or drafter). The store draws the id.
    fn draft_statement(
        &self,
        viewer: &Viewer,
        dossier: &str,
        input: NewStatement,
    ) -> Result<StatementView>;
    /// A new version, with a new source text.
    fn revise_statement(
        &self,
        viewer: &Viewer,
        id: &str,
        title: String,
        text: String,
        note: Option<String>,
    ) -> Result<StatementView>;
    /// Sets a language version's text.
    fn translate_statement(
        &self,
        viewer: &Viewer,
        id: &str,
        input: TranslationInput,
    ) -> Result<StatementView>;
    /// Verifies a language version.
    fn verify_statement(
        &self,
        viewer: &Viewer,
        id: &str,
        version: Option<u32>,
        lang: Lang,
    ) -> Result<StatementView>;
    /// Sets the embargo (the chair).
    fn set_statement_embargo(
        &self,
        viewer: &Viewer,
        id: &str,
        embargo: DateTime<Utc>,
    ) -> Result<StatementView>;
    /// Releases the adopted version in every verified language, in one event.
    fn release_statement(
        &self,
        viewer: &Viewer,
        id: &str,
        version: Option<u32>,
    ) -> Result<StatementView>;
    /// A statement (an audited read).
    fn statement(&self, viewer: &Viewer, id: &str) -> Result<Option<StatementView>>;
    /// The statements of a dossier (an audited read).
    fn statements(&self, viewer: &Viewer, dossier: &str) -> Result<Vec<StatementView>>;
    /// A statement read for an export (the export is audited, whatever its marking).
    fn export_statement(
        &self,
        viewer: &Viewer,
        id: &str,
        format: &str,
    ) -> Result<Option<StatementView>>;
    /// The public releases, newest first.
    fn releases(&self, limit: usize) -> Result<Vec<ReleaseView>>;
}

impl SqliteStore {
    fn reread_statement(&self, viewer: &Viewer, id: &str) -> Result<StatementView> {
        let now = self.clock.now();
        self.log()
            .read(|c| read::get(c, viewer, id, now))?
            .ok_or_else(|| StoreError::not_found("statement", id))
    }

    fn audit_statements(&self, viewer: &Viewer, via: &str, list: &[StatementView]) -> Result<()> {
        for s in list {
            self.audit_reads(
                viewer,
                via,
                Some(&s.dossier),
                std::iter::once(("statement", s.id.as_str(), &s.marking)),
            )?;
        }
        Ok(())
    }
}

impl Statements for SqliteStore {
    fn draft_statement(
        &self,
        viewer: &Viewer,
        dossier: &str,
        input: NewStatement,
    ) -> Result<StatementView> {
        let id = format!("st-{}", random_suffix(10)?);
        let (v, d, owned) = (viewer.clone(), dossier.to_string(), id.clone());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            decide::decide_draft(ctx.tx, &v, &d, input, owned)
        })?;
        self.reread_statement(viewer, &id)
    }

    fn revise_statement(
        &self,
        viewer: &Viewer,
        id: &str,
        title: String,
        text: String,
        note: Option<String>,
    ) -> Result<StatementView> {
        let (v, owned) = (viewer.clone(), id.to_string());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            decide::decide_revise(ctx.tx, &v, &owned, title, text, note)
        })?;
        self.reread_statement(viewer, id)
    }

    fn translate_statement(
        &self,
        viewer: &Viewer,
        id: &str,
        input: TranslationInput,
    ) -> Result<StatementView> {
        let (v, owned) = (viewer.clone(), id.to_string());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            decide::decide_translate(ctx.tx, &v, &owned, input)
        })?;
        self.reread_statement(viewer, id)
    }

    fn verify_statement(
        &self,
        viewer: &Viewer,
        id: &str,
        version: Option<u32>,
        lang: Lang,
    ) -> Result<StatementView> {
        let (v, owned) = (viewer.clone(), id.to_string());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            decide::decide_verify(ctx.tx, &v, ctx.now, &owned, version, lang)
        })?;
        self.reread_statement(viewer, id)
    }

    fn set_statement_embargo(
        &self,
        viewer: &Viewer,
        id: &str,
        embargo: DateTime<Utc>,
    ) -> Result<StatementView> {
        let (v, owned) = (viewer.clone(), id.to_string());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            decide::decide_embargo(ctx.tx, &v, ctx.now, &owned, embargo)
        })?;
        self.reread_statement(viewer, id)
    }

    fn release_statement(
        &self,
        viewer: &Viewer,
        id: &str,
        version: Option<u32>,
    ) -> Result<StatementView> {
        let release = format!("rel-{}", random_suffix(10)?);
        let (v, owned) = (viewer.clone(), id.to_string());
        self.log().execute(actor_of(viewer), None, move |ctx| {
            decide::decide_release(ctx.tx, &v, ctx.now, &owned, version, release)
        })?;
        self.reread_statement(viewer, id)
    }

    fn statement(&self, viewer: &Viewer, id: &str) -> Result<Option<StatementView>> {
        let now = self.clock.now();
        let s = self.log().read(|c| read::get(c, viewer, id, now))?;
        if let Some(s) = &s {
            self.audit_statements(viewer, "get", std::slice::from_ref(s))?;
        }
        Ok(s)
    }

    fn statements(&self, viewer: &Viewer, dossier: &str) -> Result<Vec<StatementView>> {
        let now = self.clock.now();
        let list = self.log().read(|c| read::list(c, viewer, dossier, now))?;
        self.audit_statements(viewer, "list", &list)?;
        Ok(list)
    }

    fn export_statement(
        &self,
        viewer: &Viewer,
        id: &str,
        format: &str,
    ) -> Result<Option<StatementView>> {
        let now = self.clock.now();
        let s = self.log().read(|c| read::get(c, viewer, id, now))?;
        if let Some(s) = &s {
            self.audit_export(viewer, "statement", format, 1, Some(&s.dossier), &s.marking)?;
        }
        Ok(s)
    }

    fn releases(&self, limit: usize) -> Result<Vec<ReleaseView>> {
        self.log().read(|c| read::releases(c, limit.clamp(1, 1000)))
    }
}
