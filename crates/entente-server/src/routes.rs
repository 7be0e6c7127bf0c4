//! The route table. Every route of the server is added through [`Routes`], which builds the
//! axum router **and** keeps the inventory of `(method, path)` pairs it was given. The
//! visibility harness (`tests/harness.rs`) compares that inventory with its own list of how to
//! exercise each route, so a route that is added without joining the harness fails the test
//! suite (issue 11: "the test fails when the router has a route the inventory does not name").

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Router;
use axum::handler::Handler;
use axum::routing::MethodRouter;

use crate::AppState;

/// One route: an HTTP method and a path pattern as axum writes it (`/api/v1/dossiers/{id}`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Route {
    pub method: &'static str,
    pub path: String,
}

/// Routes being assembled: method routers by path, and the inventory.
#[derive(Default)]
pub struct Routes {
    by_path: BTreeMap<String, MethodRouter<Arc<AppState>>>,
    nested: Vec<(String, Routes)>,
    inventory: Vec<Route>,
}

macro_rules! method {
    ($name:ident, $verb:literal, $ctor:path) => {
        /// Adds a route for this method.
        pub fn $name<H, T>(self, path: &str, handler: H) -> Self
        where
            H: Handler<T, Arc<AppState>>,
            T: 'static,
        {
            self.add($verb, path, $ctor(handler))
        }
    };
}

impl Routes {
    pub fn new() -> Self {
        Routes::default()
    }

    method!(get, "GET", axum::routing::get);
    method!(post, "POST", axum::routing::post);
    method!(put, "PUT", axum::routing::put);
    method!(delete, "DELETE", axum::routing::delete);

    fn add(mut self, method: &'static str, path: &str, mr: MethodRouter<Arc<AppState>>) -> Self {
        self.inventory.push(Route {
            method,
            path: path.to_string(),
        });
        let merged = match self.by_path.remove(path) {
            Some(existing) => existing.merge(mr),
            None => mr,
        };
        self.by_path.insert(path.to_string(), merged);
        self
    }

    /// Adds every route of `other`.
    pub fn merge(mut self, other: Routes) -> Self {
        for (path, mr) in other.by_path {
            let merged = match self.by_path.remove(&path) {
                Some(existing) => existing.merge(mr),
                None => mr,
            };
            self.by_path.insert(path, merged);
        }
        self.nested.extend(other.nested);
        self.inventory.extend(other.inventory);
        self
    }

    /// Serves `other` under `prefix` (e.g. `/api/v1`).
    pub fn nest(mut self, prefix: &str, other: Routes) -> Self {
        self.nested.push((prefix.to_string(), other));
        self
    }

    /// Splits off the top-level routes whose path starts with `prefix` (to give them layers of
    /// their own, e.g. TAXII's body limit): `(those, the rest)`.
    pub fn split_prefix(self, prefix: &str) -> (Routes, Routes) {
        let mut those = Routes::new();
        let mut rest = Routes::new();
        for (path, mr) in self.by_path {
            if path.starts_with(prefix) {
                those.by_path.insert(path, mr);
            } else {
                rest.by_path.insert(path, mr);
            }
        }
        for r in self.inventory {
            if r.path.starts_with(prefix) {
                those.inventory.push(r);
            } else {
                rest.inventory.push(r);
            }
        }
        rest.nested = self.nested;
        (those, rest)
    }

    /// Every route, with nested prefixes applied, sorted.
    pub fn inventory(&self) -> Vec<Route> {
        let mut out = self.inventory.clone();
        for (prefix, r) in &self.nested {
            out.extend(r.inventory().into_iter().map(|x| Route {
                method: x.method,
                path: format!("{prefix}{}", x.path),
            }));
        }
        out.sort();
        out
    }

    /// The axum router (state still to be given), with `fallback` for nested routers that
    /// answer unknown paths themselves (the API's `no_such_route`).
    pub fn into_router(self) -> Router<Arc<AppState>> {
        let mut router = Router::new();
        for (path, mr) in self.by_path {
            router = router.route(&path, mr);
        }
        for (prefix, r) in self.nested {
            router = router.nest(&prefix, r.into_router_with_api_fallback());
        }
        router
    }

    fn into_router_with_api_fallback(self) -> Router<Arc<AppState>> {
        self.into_router().fallback(crate::api::fallback)
    }
}
