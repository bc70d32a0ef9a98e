//! The desktop entry and icon, so that double-clicking a report in a file manager opens it in
//! Parallax (`parallax --install-desktop`); the window takes its icon from here too.

use std::path::{Path, PathBuf};

pub const DESKTOP_ENTRY: &str = include_str!("../assets/parallax.desktop");
pub const ICON_PNG: &[u8] = include_bytes!("../assets/parallax.png");

/// Installs `parallax.desktop` (pointing at this executable) and the icon under the user's
/// XDG data directory, and refreshes the desktop database when the tool exists.
pub fn install_desktop() -> anyhow::Result<Vec<PathBuf>> {
    use anyhow::Context;
    let data = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .context("neither XDG_DATA_HOME nor HOME is set")?;
    let exe = std::env::current_exe().context("cannot find the running executable")?;
    let apps = data.join("applications");
    let icons = data.join("icons/hicolor/256x256/apps");
    std::fs::create_dir_all(&apps).with_context(|| format!("creating {}", apps.display()))?;
    std::fs::create_dir_all(&icons).with_context(|| format!("creating {}", icons.display()))?;
    let entry = desktop_entry_for(&exe);
    let desktop = apps.join("parallax.desktop");
    std::fs::write(&desktop, entry).with_context(|| format!("writing {}", desktop.display()))?;
    let icon = icons.join("parallax.png");
    std::fs::write(&icon, ICON_PNG).with_context(|| format!("writing {}", icon.display()))?;
    // Best effort: without the tool the entry still works after the next login.
    let _ = std::process::Command::new("update-desktop-database").arg(&apps).status();
    Ok(vec![desktop, icon])
}

/// The desktop entry with `Exec` pointing at `exe` (quoted as the spec asks).
pub fn desktop_entry_for(exe: &Path) -> String {
    let exe = exe.display().to_string().replace('\\', "\\\\").replace('"', "\\\"");
    DESKTOP_ENTRY
        .lines()
        .map(|l| if l.starts_with("Exec=") { format!("Exec=\"{exe}\" %F") } else { l.to_string() })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn desktop_entry_points_at_the_executable() {
        let e = desktop_entry_for(Path::new("/opt/my apps/parallax"));
        assert!(e.contains("Exec=\"/opt/my apps/parallax\" %F"));
        assert!(e.contains("MimeType=text/plain;text/html;application/xhtml+xml;text/markdown;"));
    }
}
