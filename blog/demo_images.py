"""Original abstract hero images for demo blog articles, drawn with Pillow.

The images deliberately contain no text: the article title is rendered in HTML, where screen
readers, translation tools and search engines can use it.
"""

import io
import math
import random

from PIL import Image, ImageChops, ImageDraw

__all__ = ["draw_hero"]

# Each palette: gradient start, gradient end, then accents (warm, cool, light) for shapes.
PALETTES = [
    ("#0c1f36", "#1d5a78", ("#f2a541", "#5cc8c8", "#eaf6f8")),  # navy, teal, amber
    ("#0a3440", "#1f7f7a", ("#ff8c69", "#8fe0cf", "#effaf7")),  # deep teal, coral
    ("#231a44", "#5a3b80", ("#ffb38a", "#c9a7f0", "#fff0e6")),  # plum, peach
    ("#0f3328", "#2d6c50", ("#e9c46a", "#9fd8c4", "#f6f2e0")),  # forest, gold
    ("#172233", "#36597f", ("#ee7150", "#9ccbe3", "#e8fbfd")),  # slate, sky, ember
    ("#360d1d", "#7a3042", ("#f4a259", "#e9d8a6", "#fbf1e6")),  # burgundy, sand
]

# Shapes are drawn at twice the output size and reduced, which anti-aliases their edges.
SUPERSAMPLE = 2

# radial_gradient() reaches 255 only in its corners; the edge midpoints are about 181.
_RADIAL_EDGE = 181
_GLOW_FALLOFF = [max(0.0, 1 - v / _RADIAL_EDGE) ** 2 for v in range(256)]


def _rgb(hex_color: str) -> tuple[int, int, int]:
    value = hex_color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _rgba(hex_color: str, alpha: int) -> tuple[int, int, int, int]:
    return (*_rgb(hex_color), alpha)


def _gradient(size: tuple[int, int], start: str, end: str, angle: float) -> Image.Image:
    # A 256-step gradient rotated and stretched is far cheaper than computing every pixel; the
    # crop stays inside the rotated square so no black corners appear.
    mask = Image.linear_gradient("L").rotate(angle, resample=Image.Resampling.BICUBIC)
    mask = mask.crop((48, 48, 208, 208)).resize(size, Image.Resampling.BICUBIC)
    return Image.composite(
        Image.new("RGB", size, _rgb(end)), Image.new("RGB", size, _rgb(start)), mask
    )


def _glow(
    size: tuple[int, int], color: str, center: tuple[float, float], radius: int, alpha: int
) -> Image.Image:
    table = [round(alpha * f) for f in _GLOW_FALLOFF]
    spot = Image.radial_gradient("L").point(table)
    spot = spot.resize((radius * 2, radius * 2), Image.Resampling.BILINEAR)
    mask = Image.new("L", size, 0)
    mask.paste(spot, (round(center[0] * size[0]) - radius, round(center[1] * size[1]) - radius))
    layer = Image.new("RGBA", size, _rgba(color, 0))
    layer.putalpha(mask)
    return layer


def _card(width: int, height: int, radius: int, fill, angle: float) -> Image.Image:
    card = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    ImageDraw.Draw(card).rounded_rectangle((0, 0, width - 1, height - 1), radius, fill=fill)
    return card.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)


def _disc(diameter: int, color: str, angle: float) -> Image.Image:
    # The fill fades across the disc so the accent stays vivid instead of muddying the background.
    fade = Image.linear_gradient("L").point(lambda v: 170 - v * 150 // 255)
    fade = fade.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=20)
    fade = fade.resize((diameter, diameter), Image.Resampling.BILINEAR)
    shape = Image.new("L", (diameter, diameter), 0)
    ImageDraw.Draw(shape).ellipse((0, 0, diameter - 1, diameter - 1), fill=255)
    disc = Image.new("RGBA", (diameter, diameter), _rgba(color, 0))
    disc.putalpha(ImageChops.multiply(fade, shape))
    return disc


def _place(canvas: Image.Image, layer: Image.Image, left: int, top: int) -> None:
    # alpha_composite() rejects negative offsets, so trim whatever falls off the canvas instead.
    crop_left, crop_top = max(0, -left), max(0, -top)
    if crop_left >= layer.width or crop_top >= layer.height:
        return
    layer = layer.crop((crop_left, crop_top, layer.width, layer.height))
    canvas.alpha_composite(layer, (left + crop_left, top + crop_top))


def draw_hero(title: str, palette_index: int, width: int = 1600, height: int = 900) -> bytes:
    """Return PNG bytes of an abstract hero image; the same arguments always give the same bytes."""
    start, end, (warm, cool, light) = PALETTES[palette_index % len(PALETTES)]
    # Seeded from the arguments so each article keeps its own stable composition.
    rng = random.Random(f"{palette_index}:{title}")  # noqa: S311 - layout, not security
    size = (width, height)

    image = _gradient(size, start, end, rng.uniform(15, 60)).convert("RGBA")
    # Shapes cluster on one side (0 = left, 1 = right) so the other side stays calm.
    side = rng.randint(0, 1)
    focus_x = 0.68 if side else 0.32
    image.alpha_composite(_glow(size, cool, (focus_x, rng.uniform(0.3, 0.6)), width // 2, 70))
    image.alpha_composite(_glow(size, light, (1 - focus_x, 0.15), width // 4, 28))

    big_w, big_h = width * SUPERSAMPLE, height * SUPERSAMPLE
    overlay = Image.new("RGBA", (big_w, big_h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)

    # Diagonal bands share one slope so they read as a single sweep of light.
    tilt = rng.uniform(0.22, 0.4) * (1 if rng.random() < 0.5 else -1)
    rise = tilt * big_w
    offset = rng.uniform(0.25, 0.75) * big_h
    for _ in range(rng.randint(2, 3)):
        thickness = rng.uniform(0.06, 0.16) * big_h
        draw.polygon(
            [
                (0, offset + rise / 2),
                (big_w, offset - rise / 2),
                (big_w, offset - rise / 2 + thickness),
                (0, offset + rise / 2 + thickness),
            ],
            fill=_rgba(light, rng.randint(10, 20)),
        )
        offset += thickness + rng.uniform(0.02, 0.1) * big_h

    cx = (focus_x + rng.uniform(-0.08, 0.08)) * big_w
    cy = rng.uniform(0.4, 0.6) * big_h
    radius = rng.uniform(0.26, 0.34) * big_h
    disc = _disc(round(radius * 2), warm, rng.uniform(-40, 40))
    _place(overlay, disc, round(cx - radius), round(cy - radius))
    ring = radius * rng.uniform(1.15, 1.3)
    ring_dx, ring_dy = rng.uniform(-0.1, 0.1) * ring, rng.uniform(-0.1, 0.1) * ring
    draw.ellipse(
        (cx - ring + ring_dx, cy - ring + ring_dy, cx + ring + ring_dx, cy + ring + ring_dy),
        outline=_rgba(light, 110),
        width=round(0.008 * big_h),
    )

    for _ in range(rng.randint(1, 3)):
        angle = rng.uniform(0, 2 * math.pi)
        distance = radius * rng.uniform(1.3, 1.9)
        small = rng.uniform(0.04, 0.1) * big_h
        sx, sy = cx + distance * math.cos(angle), cy + distance * math.sin(angle)
        draw.ellipse((sx - small, sy - small, sx + small, sy + small), fill=_rgba(cool, 70))

    card_w, card_h = round(rng.uniform(0.22, 0.3) * big_w), round(rng.uniform(0.2, 0.28) * big_h)
    card = _card(card_w, card_h, round(0.03 * big_h), _rgba(light, 26), math.degrees(tilt))
    card_x = round((focus_x + rng.uniform(-0.22, 0.05)) * big_w)
    card_y = round(rng.uniform(0.05, 0.5) * big_h)
    _place(overlay, card, card_x - card.width // 2, card_y)

    # A small dot grid gives the calm side some texture without competing with the main shapes.
    gap, dot = 0.045 * big_h, 0.0055 * big_h
    columns, rows = rng.randint(5, 7), rng.randint(3, 4)
    grid_w = (columns - 1) * gap
    origin_x = (1 - focus_x) * big_w - grid_w / 2 + rng.uniform(-0.05, 0.05) * big_w
    origin_y = rng.uniform(0.1, 0.18) * big_h
    for col in range(columns):
        for row in range(rows):
            x, y = origin_x + col * gap, origin_y + row * gap
            draw.ellipse((x - dot, y - dot, x + dot, y + dot), fill=_rgba(light, 80))

    arc_radius = rng.uniform(0.45, 0.6) * big_h
    arc_cx = big_w * (0.0 if side else 1.0)
    arc_cy = big_h * rng.uniform(0.95, 1.1)
    arc_start = 180 + rng.uniform(10, 40) if not side else 270 + rng.uniform(10, 40)
    draw.arc(
        (arc_cx - arc_radius, arc_cy - arc_radius, arc_cx + arc_radius, arc_cy + arc_radius),
        start=arc_start,
        end=arc_start + rng.uniform(45, 70),
        fill=_rgba(warm, 170),
        width=round(0.008 * big_h),
    )

    image.alpha_composite(overlay.reduce(SUPERSAMPLE))

    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="PNG", compress_level=6)
    return buffer.getvalue()
