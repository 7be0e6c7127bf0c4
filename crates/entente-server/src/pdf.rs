//! Statements as PDF, made in-process with the typst compiler (feature `pdf`).
//!
//! The texts never become typst markup: they reach the document as strings through
//! `sys.inputs` and are shown as text, so nothing a drafter types can run as typst code. Each
//! language version is set with `text(lang: ...)`, which typst writes into the tagged PDF as the
//! language of its content; the fonts are the open fonts bundled with typst (Libertinus Serif:
//! Latin, Greek and Cyrillic), embedded as subsets with their Unicode mappings, so the text can
//! be extracted in every script.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Dict, Duration, IntoValue, Smart, Str};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

/// One language version to print.
pub struct PdfLanguage {
    /// ISO 639-1 code.
    pub lang: String,
    pub title: String,
    pub text: String,
}

/// What the PDF shows besides the texts.
pub struct PdfDocument {
    /// The document title (the first language's title).
    pub title: String,
    /// A line above the texts: kind, version, adoption or release.
    pub header: String,
    /// The marking, printed at the top of every page.
    pub marking: String,
    pub languages: Vec<PdfLanguage>,
}

const MAIN: &str = r#"
#let n = int(sys.inputs.count)
#set document(title: sys.inputs.title)
#set page(paper: "a4", margin: (x: 2.4cm, y: 2.6cm),
  header: align(right, text(size: 8pt, sys.inputs.marking)),
  footer: context align(center, text(size: 8pt, counter(page).display())))
#set text(font: "Libertinus Serif", size: 11pt, lang: sys.inputs.at("lang0"))
#set par(justify: true)
#text(size: 9pt, sys.inputs.header)
#for i in range(n) {
  let lang = sys.inputs.at("lang" + str(i))
  set text(lang: lang)
  heading(level: 1, sys.inputs.at("title" + str(i)))
  for p in sys.inputs.at("text" + str(i)).split("\n\n") {
    par(p.trim())
  }
  if i < n - 1 { pagebreak() }
}
"#;

struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = typst_assets::fonts()
        .flat_map(|data| Font::iter(Bytes::new(data)))
        .collect();
    Fonts {
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

struct Statement {
    library: LazyHash<Library>,
    main: Source,
}

impl World for Statement {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, _id: FileId) -> FileResult<Bytes> {
        Err(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

/// Typesets a statement and writes it as PDF.
pub fn statement_pdf(doc: &PdfDocument) -> Result<Vec<u8>, String> {
    if doc.languages.is_empty() {
        return Err("nothing to print: no language version".into());
    }
    let mut inputs = Dict::new();
    let mut put = |k: String, v: &str| {
        inputs.insert(Str::from(k.as_str()), Str::from(v).into_value());
    };
    put("count".into(), &doc.languages.len().to_string());
    put("title".into(), &doc.title);
    put("header".into(), &doc.header);
    put("marking".into(), &doc.marking);
    for (i, l) in doc.languages.iter().enumerate() {
        put(format!("lang{i}"), &l.lang);
        put(format!("title{i}"), &l.title);
        put(format!("text{i}"), &l.text.replace("\r\n", "\n"));
    }
    let path = VirtualPath::new("statement.typ").map_err(|e| format!("{e:?}"))?;
    let id = FileId::new(RootedPath::new(VirtualRoot::Project, path));
    let world = Statement {
        library: LazyHash::new(Library::builder().with_inputs(inputs).build()),
        main: Source::new(id, MAIN.to_string()),
    };
    let document: PagedDocument = typst::compile(&world).output.map_err(|errors| {
        errors
            .iter()
            .map(|e| e.message.to_string())
            .collect::<Vec<_>>()
            .join("; ")
    })?;
    let options = typst_pdf::PdfOptions {
        ident: Smart::Custom(doc.title.clone()),
        creator: Smart::Custom(Some("entente".into())),
        ..Default::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| {
        errors
            .iter()
            .map(|e| e.message.to_string())
            .collect::<Vec<_>>()
            .join("; ")
    })
}
