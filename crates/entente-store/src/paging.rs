//! The one loop every read of marked rows runs: rows in the order of the query, each decided
//! visible or not from its marking columns alone (nothing else of a hidden row is decoded),
//! the visible ones decoded, and, for lists, counted and cut into a page. Before this module
//! `dossiers`, `stix_objects`, `evidence`, `assessments` and `attributions` each wrote it out.

use crate::dossiers::Page;
use crate::error::Result;

/// A page being filled: counts every visible item offered and keeps those from `offset` on,
/// at most `limit` of them. Items outside the page are never built.
pub struct Pager<T> {
    offset: usize,
    limit: usize,
    total: usize,
    items: Vec<T>,
}

impl<T> Pager<T> {
    /// `limit` 0 means no limit.
    pub fn new(offset: usize, limit: usize) -> Pager<T> {
        Pager {
            offset,
            limit: if limit == 0 { usize::MAX } else { limit },
            total: 0,
            items: Vec::new(),
        }
    }

    /// Counts one visible item; builds it with `make` only when it falls in the page.
    pub fn offer(&mut self, make: impl FnOnce() -> Result<T>) -> Result<()> {
        if self.total >= self.offset && self.items.len() < self.limit {
            self.items.push(make()?);
        }
        self.total += 1;
        Ok(())
    }

    /// The page, with the total of visible items; `limit` as the caller reports it.
    pub fn finish(self, limit: usize) -> Page<T> {
        Page {
            items: self.items,
            total: self.total,
            offset: self.offset,
            limit,
        }
    }
}

/// The visible rows, decoded, in order: `decode_visible` answers `None` for a row the reader
/// may not see (deciding from its marking before decoding the rest).
pub fn visible<R, T>(
    rows: impl IntoIterator<Item = rusqlite::Result<R>>,
    mut decode_visible: impl FnMut(R) -> Result<Option<T>>,
) -> Result<Vec<T>> {
    let mut out = Vec::new();
    for r in rows {
        if let Some(v) = decode_visible(r?)? {
            out.push(v);
        }
    }
    Ok(out)
}

/// [`visible`] for a row type with a separate visibility test and decoder.
pub fn visible_with<R, T>(
    rows: impl IntoIterator<Item = rusqlite::Result<R>>,
    mut is_visible: impl FnMut(&R) -> Result<bool>,
    mut decode: impl FnMut(R) -> Result<T>,
) -> Result<Vec<T>> {
    visible(rows, |r| {
        if is_visible(&r)? {
            decode(r).map(Some)
        } else {
            Ok(None)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_counts_every_visible_item_and_builds_only_its_own() {
        let mut built = Vec::new();
        let mut p = Pager::new(2, 3);
        for i in 0..10 {
            p.offer(|| {
                built.push(i);
                Ok(i)
            })
            .unwrap();
        }
        let page = p.finish(3);
        assert_eq!(
            (page.items, page.total, page.offset),
            (vec![2, 3, 4], 10, 2)
        );
        assert_eq!(built, vec![2, 3, 4]);
        let mut all = Pager::new(0, 0);
        for i in 0..5 {
            all.offer(|| Ok(i)).unwrap();
        }
        assert_eq!(all.finish(0).items.len(), 5);
    }

    #[test]
    fn only_visible_rows_are_decoded() {
        let rows = (0..6).map(Ok::<i32, rusqlite::Error>);
        let mut decoded = 0;
        let out = visible_with(
            rows,
            |r| Ok(r % 2 == 0),
            |r| {
                decoded += 1;
                Ok(r * 10)
            },
        )
        .unwrap();
        assert_eq!(out, vec![0, 20, 40]);
        assert_eq!(decoded, 3);
    }
}
