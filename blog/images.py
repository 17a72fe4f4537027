"""Hero images: validated on upload, served only as resized renditions.

Originals may be huge, carry GPS metadata or be hostile files, so visitors never get them: each
upload is checked with Pillow and turned into clean, resized WebP and JPEG copies for `srcset`.
"""

import io
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.template.defaultfilters import filesizeformat
from PIL import Image, ImageOps

ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
RENDITION_WIDTHS = (1200, 600)
MIN_WIDTH = 600
RENDITIONS_DIR = "blog/renditions"


def validate_hero_image(upload) -> None:
    """Refuse anything that is not a real, reasonably sized image."""
    max_bytes = settings.BLOG_IMAGE_MAX_BYTES
    if upload.size is not None and upload.size > max_bytes:
        raise ValidationError(
            "This image is %(size)s; the largest accepted is %(max)s.",
            code="too_large",
            params={"size": filesizeformat(upload.size), "max": filesizeformat(max_bytes)},
        )
    too_many_pixels = ValidationError(
        "This image has too many pixels. Please upload one under %(mp)d megapixels.",
        code="too_many_pixels",
        params={"mp": settings.BLOG_IMAGE_MAX_PIXELS // 1_000_000},
    )
    upload.seek(0)
    try:
        # Image.open reads only the header, so the pixel count is known before anything is decoded.
        with Image.open(upload) as image:
            width, height = image.size
            image_format = image.format
            if width * height > settings.BLOG_IMAGE_MAX_PIXELS:
                raise too_many_pixels
            image.verify()
    except ValidationError:
        raise
    except Image.DecompressionBombError:
        raise too_many_pixels from None
    except Exception:
        raise ValidationError(
            "This file is not an image we can read. Please upload a JPEG, PNG, WebP or GIF.",
            code="invalid_image",
        ) from None
    finally:
        upload.seek(0)
    if image_format not in ACCEPTED_FORMATS:
        raise ValidationError(
            "Please upload a JPEG, PNG, WebP or GIF image.", code="unsupported_format"
        )
    if width < MIN_WIDTH:
        raise ValidationError(
            "This image is %(width)d pixels wide; hero images need at least %(min)d.",
            code="too_small",
            params={"width": width, "min": MIN_WIDTH},
        )


def make_renditions(source_name: str, *, storage=default_storage) -> list[dict]:
    """Write resized WebP + JPEG copies of a stored image; returns them widest first."""
    with storage.open(source_name, "rb") as fh, Image.open(fh) as opened:
        image = ImageOps.exif_transpose(opened)
        image.load()
    if image.mode not in ("RGB", "L"):
        background = Image.new("RGB", image.size, (255, 255, 255))
        rgba = image.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        image = background
    image = image.convert("RGB")

    stem = PurePosixPath(source_name).stem
    widths = sorted({min(w, image.width) for w in RENDITION_WIDTHS}, reverse=True)
    renditions = []
    for width in widths:
        height = round(image.height * width / image.width)
        resized = image.resize((width, height), Image.Resampling.LANCZOS)
        names = {}
        for fmt, ext, options in (
            ("WEBP", "webp", {"quality": 80, "method": 4}),
            ("JPEG", "jpg", {"quality": 82, "optimize": True, "progressive": True}),
        ):
            buffer = io.BytesIO()
            # No exif/icc arguments: renditions carry no metadata from the original.
            resized.save(buffer, fmt, **options)
            names[ext] = storage.save(
                f"{RENDITIONS_DIR}/{stem}-{width}.{ext}", ContentFile(buffer.getvalue())
            )
        renditions.append(
            {"width": width, "height": height, "webp": names["webp"], "jpeg": names["jpg"]}
        )
    return renditions


def delete_renditions(renditions: list[dict], *, storage=default_storage) -> None:
    for rendition in renditions or []:
        for key in ("webp", "jpeg"):
            if rendition.get(key):
                storage.delete(rendition[key])
