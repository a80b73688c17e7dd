//! The warm-up curve as SVG (plotters): time per iteration on a log scale
//! against iteration number, one line per run, tier events marked and labelled.

use super::record::{BenchRun, clip};
use plotters::prelude::*;

/// Line colours, one per run (interp, baseline, ftl, auto in --compare-tiers).
const COLORS: [RGBColor; 4] = [RGBColor(214, 39, 40), RGBColor(31, 119, 180), RGBColor(44, 160, 44), RGBColor(148, 103, 189)];

/// Longest event label drawn (the table and JSON have the full list).
const LABEL_CHARS: usize = 64;

/// One curve: a run, and whether its events get text labels (markers are always drawn).
pub struct Curve<'a> {
    pub run: &'a BenchRun,
    pub label_events: bool,
}

/// Draws the curves into an SVG file at `path`.
pub fn draw(path: &str, title: &str, curves: &[Curve]) -> Result<(), String> {
    draw_svg(path, title, curves).map_err(|e| format!("cannot draw {path}: {e}"))
}

fn draw_svg(path: &str, title: &str, curves: &[Curve]) -> Result<(), Box<dyn std::error::Error>> {
    let n = curves.iter().map(|c| c.run.iterations.len()).max().unwrap_or(1).max(1);
    let millis: Vec<f64> = curves.iter().flat_map(|c| c.run.iterations.iter().map(|i| (i.seconds * 1e3).max(1e-4))).collect();
    let lo = millis.iter().copied().fold(f64::INFINITY, f64::min) / 1.5;
    // Head-room above the slowest point for the event labels.
    let hi = millis.iter().copied().fold(0.0, f64::max).max(lo * 10.0) * 4.0;
    let root = SVGBackend::new(path, (1000, 560)).into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", 22))
        .margin(16)
        .x_label_area_size(44)
        .y_label_area_size(80)
        .build_cartesian_2d(0.5f64..n as f64 + 0.5, (lo..hi).log_scale())?;
    chart
        .configure_mesh()
        .x_desc("iteration")
        .y_desc("time per iteration (ms, log scale)")
        .x_label_formatter(&|x| format!("{x:.0}"))
        .y_labels(20)
        .y_label_formatter(&|y| match *y {
            y if y >= 10.0 => format!("{y:.0}"),
            y if y >= 1.0 => format!("{y:.1}"),
            y => format!("{y:.3}"),
        })
        .draw()?;
    for (i, curve) in curves.iter().enumerate() {
        let color = COLORS[i % COLORS.len()];
        let points: Vec<(f64, f64)> =
            curve.run.iterations.iter().enumerate().map(|(k, it)| ((k + 1) as f64, (it.seconds * 1e3).max(1e-4))).collect();
        chart
            .draw_series(LineSeries::new(points.clone(), color.stroke_width(2)))?
            .label(format!("--tier={}", curve.run.tier))
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2)));
        chart.draw_series(points.iter().map(|&p| Circle::new(p, 3, color.filled())))?;
        for (j, (k, label)) in curve.run.markers().into_iter().enumerate() {
            let Some(&(x, y)) = points.get(k - 1) else { continue };
            chart.draw_series(std::iter::once(TriangleMarker::new((x, y), 7, color.filled())))?;
            if curve.label_events {
                // Staggered heights keep labels of neighbouring iterations apart.
                let above = y * [1.6, 2.6, 4.2][j % 3];
                chart.draw_series(std::iter::once(PathElement::new(vec![(x, y), (x, above)], color.mix(0.5))))?;
                chart.draw_series(std::iter::once(Text::new(
                    clip(&label, LABEL_CHARS),
                    (x, above),
                    ("sans-serif", 13).into_font().color(&BLACK),
                )))?;
            }
        }
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .draw()?;
    root.present()?;
    Ok(())
}
