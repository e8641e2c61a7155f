//! Walls against abusive documents, checked right after parsing and before any validation or
//! execution work: aliases, root fields, directives and selections per document. Each is counted
//! over the document as written (every operation and fragment once), so a nest of fragments
//! cannot multiply the work of the check itself.

use std::collections::HashMap;

use async_graphql::ServerError;
use async_graphql::parser::types::{ExecutableDocument, Selection, SelectionSet};

/// Most aliases in one document.
pub const MAX_ALIASES: usize = 50;
/// Most fields at the root of one operation.
pub const MAX_ROOT_FIELDS: usize = 20;
/// Most directives in one document.
pub const MAX_DIRECTIVES: usize = 50;
/// Most selections (fields, spreads, inline fragments) in one document.
pub const MAX_SELECTIONS: usize = 2_000;
/// Most selections once every fragment spread is replaced by its fragment: a few fragments that
/// each spread the next twice would otherwise expand to billions (a "fragment bomb").
pub const MAX_EXPANDED_SELECTIONS: usize = 20_000;
/// Deepest chain of fragments spreading fragments.
pub const MAX_FRAGMENT_DEPTH: usize = 32;
/// The only directives an executable document may use.
const KNOWN_DIRECTIVES: &[&str] = &["skip", "include"];

#[derive(Default)]
struct Counts {
    aliases: usize,
    directives: usize,
    selections: usize,
    unknown_directive: Option<String>,
    introspection: bool,
}

impl Counts {
    fn walk(&mut self, set: &SelectionSet) {
        for item in &set.items {
            self.selections += 1;
            let directives = item.node.directives();
            self.directives += directives.len();
            if let Some(d) = directives
                .iter()
                .find(|d| !KNOWN_DIRECTIVES.contains(&d.node.name.node.as_str()))
            {
                self.unknown_directive
                    .get_or_insert_with(|| d.node.name.node.to_string());
            }
            match &item.node {
                Selection::Field(f) => {
                    self.aliases += usize::from(f.node.alias.is_some());
                    let name = f.node.name.node.as_str();
                    self.introspection |= name == "__schema" || name == "__type";
                    self.walk(&f.node.selection_set.node);
                }
                Selection::InlineFragment(f) => self.walk(&f.node.selection_set.node),
                Selection::FragmentSpread(_) => {}
            }
        }
    }
}

fn refuse(message: String) -> ServerError {
    super::errors::with_code(ServerError::new(message, None), "GRAPHQL_VALIDATION_FAILED")
}

/// Selections of a set once fragments are expanded (saturating), or `None` when fragments chain
/// deeper than [`MAX_FRAGMENT_DEPTH`]. Each fragment is sized once (memoized), so this is linear
/// in the document; a cycle counts as nothing here (validation refuses it).
fn expanded(
    set: &SelectionSet,
    doc: &ExecutableDocument,
    memo: &mut HashMap<String, usize>,
    depth: usize,
) -> Option<usize> {
    if depth > MAX_FRAGMENT_DEPTH {
        return None;
    }
    let mut total = 0usize;
    for item in &set.items {
        let inner = match &item.node {
            Selection::Field(f) => expanded(&f.node.selection_set.node, doc, memo, depth)?,
            Selection::InlineFragment(f) => expanded(&f.node.selection_set.node, doc, memo, depth)?,
            Selection::FragmentSpread(spread) => {
                let name = spread.node.fragment_name.node.as_str();
                match memo.get(name) {
                    Some(n) => *n,
                    None => {
                        memo.insert(name.to_owned(), 0);
                        let n = match doc.fragments.get(&spread.node.fragment_name.node) {
                            Some(f) => expanded(&f.node.selection_set.node, doc, memo, depth + 1)?,
                            None => 0,
                        };
                        memo.insert(name.to_owned(), n);
                        n
                    }
                }
            }
        };
        total = total.saturating_add(1).saturating_add(inner);
    }
    Some(total)
}

/// Checks a parsed document against the limits; with `introspection_off`, refuses `__schema` and
/// `__type` too.
pub fn check(doc: &ExecutableDocument, introspection_off: bool) -> Result<(), ServerError> {
    let mut counts = Counts::default();
    for (_, op) in doc.operations.iter() {
        let roots = op.node.selection_set.node.items.len();
        if roots > MAX_ROOT_FIELDS {
            return Err(refuse(format!(
                "an operation may select at most {MAX_ROOT_FIELDS} root fields"
            )));
        }
        counts.directives += op.node.directives.len();
        counts.walk(&op.node.selection_set.node);
    }
    for fragment in doc.fragments.values() {
        counts.directives += fragment.node.directives.len();
        counts.walk(&fragment.node.selection_set.node);
    }
    if counts.aliases > MAX_ALIASES {
        return Err(refuse(format!("a document may use at most {MAX_ALIASES} aliases")));
    }
    if counts.directives > MAX_DIRECTIVES {
        return Err(refuse(format!(
            "a document may use at most {MAX_DIRECTIVES} directives"
        )));
    }
    if counts.selections > MAX_SELECTIONS {
        return Err(refuse(format!(
            "a document may hold at most {MAX_SELECTIONS} selections"
        )));
    }
    if let Some(name) = counts.unknown_directive {
        return Err(refuse(format!("unknown directive \"@{name}\"")));
    }
    if introspection_off && counts.introspection {
        return Err(refuse("introspection is off in production mode".to_owned()));
    }
    let mut memo = HashMap::new();
    let mut total = 0usize;
    for (_, op) in doc.operations.iter() {
        let Some(n) = expanded(&op.node.selection_set.node, doc, &mut memo, 0) else {
            return Err(refuse(format!(
                "fragments may spread fragments at most {MAX_FRAGMENT_DEPTH} levels deep"
            )));
        };
        total = total.saturating_add(n);
    }
    if total > MAX_EXPANDED_SELECTIONS {
        return Err(refuse(format!(
            "with its fragments expanded, a document may hold at most {MAX_EXPANDED_SELECTIONS} selections"
        )));
    }
    Ok(())
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    fn parse(q: &str) -> ExecutableDocument {
        async_graphql::parser::parse_query(q).unwrap()
    }

    fn check_dev(doc: &ExecutableDocument) -> Result<(), ServerError> {
        check(doc, false)
    }

    #[test]
    fn a_fragment_bomb_is_refused_by_its_expanded_size() {
        let mut q = String::from("query { ...F0 }\n");
        for i in 0..40 {
            q.push_str(&format!(
                "fragment F{i} on QueryRoot {{ ...F{n} ...F{n} }}\n",
                n = i + 1
            ));
        }
        q.push_str("fragment F40 on QueryRoot { __typename }");
        let err = check_dev(&parse(&q)).unwrap_err();
        assert!(
            err.message.contains("expanded") || err.message.contains("levels deep"),
            "{}",
            err.message
        );
        // A fragment used a few times is fine.
        let ok = "query { me { ...U } tenants { edges { node { id } } } } fragment U on User { id username }";
        assert!(check_dev(&parse(ok)).is_ok());
    }

    #[test]
    fn unknown_directives_and_introspection_in_production_are_refused() {
        assert!(check_dev(&parse("{ __typename @aa }")).is_err());
        assert!(check_dev(&parse("{ me @include(if: true) { id @skip(if: false) } }")).is_ok());
        let intro = parse("{ __schema { types { name } } }");
        assert!(check(&intro, true).is_err());
        assert!(check(&intro, false).is_ok());
    }

    #[test]
    fn aliases_roots_and_directives_are_bounded() {
        let many_aliases: String = (0..=MAX_ALIASES).map(|i| format!("a{i}: __typename ")).collect();
        assert!(check_dev(&parse(&format!("{{ me {{ {many_aliases} }} }}"))).is_err());
        let many_roots: String = (0..=MAX_ROOT_FIELDS).map(|i| format!("f{i} ")).collect();
        assert!(check_dev(&parse(&format!("{{ {many_roots} }}"))).is_err());
        let many_directives = "@skip(if: false) ".repeat(MAX_DIRECTIVES + 1);
        assert!(check_dev(&parse(&format!("{{ me {many_directives} {{ id }} }}"))).is_err());
        assert!(check_dev(&parse("{ me { id username } }")).is_ok());
    }
}
