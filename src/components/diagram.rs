//! A state diagram drawn from the core's transition table (`flowthrough_core::transitions`):
//! each state a box with its count that filters the table when chosen, each arrow numbered, and
//! the numbered list of arrows below it as the labels' text (read by screen readers as well).

use leptos::prelude::*;

/// One state of the diagram.
#[derive(Clone)]
pub struct Node {
    /// Its label.
    pub label: String,
    /// How many are in it now.
    pub count: usize,
    /// Its filter value (what choosing it sets).
    pub key: &'static str,
}

/// The nodes and arrows of a diagram of `states` (in order) from the core's transition table.
pub fn from_table<T: Copy + PartialEq + 'static>(
    states: &[T],
    table: &'static [flowthrough_core::transitions::Arrow<T>],
    node: impl Fn(T) -> Node,
) -> (Vec<Node>, Vec<(usize, usize, &'static str)>) {
    let index = |s: T| states.iter().position(|x| *x == s).unwrap_or(0);
    (states.iter().map(|s| node(*s)).collect(), table.iter().map(|a| (index(a.from), index(a.to), a.label)).collect())
}

/// A state diagram: `nodes` on an ellipse, `arrows` as (from, to, label) by node position.
#[component]
pub fn StateDiagram(
    /// What the diagram shows (its accessible name).
    #[prop(into)]
    title: String,
    /// The states.
    nodes: Vec<Node>,
    /// The arrows.
    arrows: Vec<(usize, usize, &'static str)>,
    /// Filters the table to a state (its key).
    choose: Callback<&'static str>,
) -> impl IntoView {
    let (w, h) = (760.0_f64, 420.0_f64);
    let (bw, bh) = (150.0_f64, 54.0_f64);
    let n = nodes.len().max(1) as f64;
    let pos: Vec<(f64, f64)> = (0..nodes.len())
        .map(|i| {
            let t = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n;
            (w / 2.0 + (w / 2.0 - bw / 2.0 - 10.0) * t.cos(), h / 2.0 + (h / 2.0 - bh / 2.0 - 10.0) * t.sin())
        })
        .collect();
    // Where a line from the centre of a box towards (dx, dy) leaves the box.
    let edge = |(cx, cy): (f64, f64), (dx, dy): (f64, f64)| {
        let s = (bw / 2.0 / dx.abs().max(1e-9)).min(bh / 2.0 / dy.abs().max(1e-9));
        (cx + dx * s, cy + dy * s)
    };
    let lines = arrows
        .iter()
        .enumerate()
        .map(|(k, &(from, to, _))| {
            let (a, b) = (pos[from], pos[to]);
            let (dx, dy) = (b.0 - a.0, b.1 - a.1);
            let len = (dx * dx + dy * dy).sqrt().max(1.0);
            // Two arrows between the same pair run side by side.
            let (ox, oy) = (-dy / len * 7.0, dx / len * 7.0);
            let start = edge(a, (dx, dy));
            let end = edge(b, (-dx, -dy));
            let (x1, y1, x2, y2) = (start.0 + ox, start.1 + oy, end.0 + ox, end.1 + oy);
            let (mx, my) = (x1 + (x2 - x1) * 0.42, y1 + (y2 - y1) * 0.42);
            view! {
                <g class="arrow">
                    <line x1=x1 y1=y1 x2=x2 y2=y2 marker-end="url(#arrowhead)"/>
                    <circle cx=mx cy=my r="9"/>
                    <text x=mx y=my + 3.5 text-anchor="middle">{k + 1}</text>
                </g>
            }
        })
        .collect_view();
    let boxes = nodes
        .iter()
        .zip(&pos)
        .map(|(node, &(cx, cy))| {
            let name = crate::i18n::t_with("diagram-node", &[("state", node.label.clone().into()), ("count", node.count.into())]);
            let key = node.key;
            let go = move || choose.run(key);
            let go2 = go;
            // A link: Enter (and a click) filters the table to this state.
            view! {
                <g class="state" role="link" tabindex="0" aria-label=name
                    on:click=move |_| go()
                    on:keydown=move |e: leptos::ev::KeyboardEvent| if e.key() == "Enter" { e.prevent_default(); go2() }>
                    <rect x=cx - bw / 2.0 y=cy - bh / 2.0 width=bw height=bh rx="10"/>
                    <text x=cx y=cy - 4.0 text-anchor="middle" class="state-label" aria-hidden="true">{node.label.clone()}</text>
                    <text x=cx y=cy + 15.0 text-anchor="middle" class="state-count" aria-hidden="true">{node.count}</text>
                </g>
            }
        })
        .collect_view();
    let labels = nodes.iter().map(|n| n.label.clone()).collect::<Vec<_>>();
    let legend = arrows
        .iter()
        .map(|&(from, to, label)| view! { <li><strong>{format!("{} → {}", labels[from], labels[to])}</strong>": " {crate::i18n::t(label)}</li> })
        .collect_view();
    view! {
        <figure class="state-diagram">
            <svg viewBox=format!("0 0 {w} {h}") role="group" aria-label=title>
                <defs>
                    <marker id="arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M 0 0 L 10 5 L 0 10 z"/>
                    </marker>
                </defs>
                {lines}
                {boxes}
            </svg>
            <figcaption>
                <ol class="arrows">{legend}</ol>
            </figcaption>
        </figure>
    }
}
