//! Walls against abusive documents, checked right after parsing and before any validation or
//! execution work: aliases, root fields, directives and selections per document. Each is counted
//! over the document as written (every operation and fragment once), so a nest of fragments
//! cannot multiply the work of the check itself.

use std::sync::Arc;

use async_graphql::extensions::{Extension, ExtensionContext, ExtensionFactory, NextParseQuery};
use async_graphql::parser::types::{ExecutableDocument, Selection, SelectionSet};
use async_graphql::{ServerError, ServerResult, Variables};

/// Most aliases in one document.
pub const MAX_ALIASES: usize = 50;
/// Most fields at the root of one operation.
pub const MAX_ROOT_FIELDS: usize = 20;
/// Most directives in one document.
pub const MAX_DIRECTIVES: usize = 50;
/// Most selections (fields, spreads, inline fragments) in one document.
pub const MAX_SELECTIONS: usize = 2_000;

/// The extension factory.
pub struct Limits;

impl ExtensionFactory for Limits {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(LimitsExtension)
    }
}

struct LimitsExtension;

#[derive(Default)]
struct Counts {
    aliases: usize,
    directives: usize,
    selections: usize,
}

impl Counts {
    fn walk(&mut self, set: &SelectionSet) {
        for item in &set.items {
            self.selections += 1;
            self.directives += item.node.directives().len();
            match &item.node {
                Selection::Field(f) => {
                    self.aliases += usize::from(f.node.alias.is_some());
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

/// Checks a parsed document against the limits.
pub fn check(doc: &ExecutableDocument) -> Result<(), ServerError> {
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
    Ok(())
}

#[async_trait::async_trait]
impl Extension for LimitsExtension {
    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        let doc = next.run(ctx, query, variables).await?;
        check(&doc)?;
        Ok(doc)
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    fn parse(q: &str) -> ExecutableDocument {
        async_graphql::parser::parse_query(q).unwrap()
    }

    #[test]
    fn aliases_roots_and_directives_are_bounded() {
        let many_aliases: String = (0..=MAX_ALIASES).map(|i| format!("a{i}: __typename ")).collect();
        assert!(check(&parse(&format!("{{ me {{ {many_aliases} }} }}"))).is_err());
        let many_roots: String = (0..=MAX_ROOT_FIELDS).map(|i| format!("f{i} ")).collect();
        assert!(check(&parse(&format!("{{ {many_roots} }}"))).is_err());
        let many_directives = "@skip(if: false) ".repeat(MAX_DIRECTIVES + 1);
        assert!(check(&parse(&format!("{{ me {many_directives} {{ id }} }}"))).is_err());
        assert!(check(&parse("{ me { id username } }")).is_ok());
    }
}
