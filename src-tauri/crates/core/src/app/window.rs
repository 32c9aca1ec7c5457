//! The main window's first size. It was laid out at 1200×800; a 1366×768 laptop or a
//! 1024×768 projector has no room for that plus a title bar and a panel, so there the window
//! shrinks to the screen and asks to be maximized, instead of hanging off the screen's edge.

/// Room the desktop keeps around a window: title bar, panel or taskbar, borders.
const DESKTOP_MARGIN: f64 = 80.0;

/// The logical size (width, height) a window designed at `window` should open at on a screen
/// of `screen` logical size, if the designed one does not fit: then it is also maximized
/// (a desktop without a window manager, or one that refuses, still gets a window that fits).
pub fn fitted_size(window: (f64, f64), screen: (f64, f64)) -> Option<(f64, f64)> {
    let fits = screen.0 >= window.0 + DESKTOP_MARGIN && screen.1 >= window.1 + DESKTOP_MARGIN;
    (!fits).then(|| (window.0.min(screen.0), window.1.min(screen.1 - DESKTOP_MARGIN)))
}

#[cfg(test)]
mod tests {
    use super::fitted_size;

    const DESIGNED: (f64, f64) = (1200.0, 800.0);

    #[test]
    fn small_laptops_and_projectors_get_a_window_that_fits() {
        assert_eq!(fitted_size(DESIGNED, (1366.0, 768.0)), Some((1200.0, 688.0)));
        assert_eq!(fitted_size(DESIGNED, (1024.0, 768.0)), Some((1024.0, 688.0)));
        assert_eq!(fitted_size(DESIGNED, (1280.0, 800.0)), Some((1200.0, 720.0)));
        // 1920×1080 at 150 % scaling is 1280×720 logical.
        assert_eq!(fitted_size(DESIGNED, (1280.0, 720.0)), Some((1200.0, 640.0)));
    }

    #[test]
    fn a_screen_with_room_keeps_the_designed_size() {
        assert_eq!(fitted_size(DESIGNED, (1920.0, 1080.0)), None);
        assert_eq!(fitted_size(DESIGNED, (1440.0, 900.0)), None);
    }
}
