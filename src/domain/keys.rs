//! `xspace keys rotate`: re-wraps every sealed value under the current master key, so that an
//! old key (still listed in `XSPACE_MASTER_KEY_PREVIOUS` while this runs) can be retired.

use crate::app::AppState;
use crate::db::sealed::{self, SealedColumn};

/// What a rotation did.
#[derive(Debug, Default)]
pub struct Rotation {
    /// Values re-sealed under the current key.
    pub rewrapped: usize,
    /// Values already under the current key.
    pub current: usize,
}

/// Re-seals every value not sealed under the current key. A value that no configured key opens
/// stops the rotation with an error naming its column and row (never the value).
pub async fn rotate(state: &AppState) -> anyhow::Result<Rotation> {
    let mut out = Rotation::default();
    let mut conn = state.pool.get().await?;
    for column in SealedColumn::ALL {
        let mut changes = Vec::new();
        for (id, value) in sealed::all(&mut conn, column).await? {
            if !state.secrets.needs_rewrap(&value) {
                out.current += 1;
                continue;
            }
            let aad = column.aad(&id);
            let plain = state
                .secrets
                .open(&value, &aad)
                .map_err(|e| anyhow::anyhow!("{column:?} of row {id}: {e}"))?;
            changes.push((id, value, state.secrets.seal(&plain, &aad)?));
        }
        out.rewrapped += sealed::replace(&mut conn, column, &changes).await?;
    }
    Ok(out)
}
