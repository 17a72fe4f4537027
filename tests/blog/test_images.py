import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from blog.images import make_renditions, validate_hero_image
from tests.blog.factories import ArticleFactory, png_bytes


def upload(data: bytes, name="hero.png", content_type="image/png"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def image_bytes(fmt="JPEG", size=(1600, 900), **save_options) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(buffer, fmt, **save_options)
    return buffer.getvalue()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "GIF"])
def test_real_images_are_accepted(fmt):
    validate_hero_image(upload(image_bytes(fmt)))


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "invalid_image"),
        (b"%PDF-1.7\n1 0 obj<<>>endobj", "invalid_image"),
        (b"<html><script>alert(1)</script></html>", "invalid_image"),
        (png_bytes()[:200], "invalid_image"),  # truncated
    ],
)
def test_non_images_are_refused_with_a_clear_message(data, code):
    with pytest.raises(ValidationError) as error:
        validate_hero_image(upload(data))
    assert error.value.code == code
    assert "not an image we can read" in error.value.messages[0]


def test_decompression_bomb_is_refused_before_decoding(settings):
    settings.BLOG_IMAGE_MAX_PIXELS = 1_000_000
    # A small file that claims 4 megapixels: refused from its header alone.
    with pytest.raises(ValidationError) as error:
        validate_hero_image(upload(image_bytes("PNG", size=(2000, 2000))))
    assert error.value.code == "too_many_pixels"


def test_huge_pixel_count_beyond_pillows_own_limit_is_refused():
    # 20000 x 20000 = 400 MP: Pillow itself calls this a decompression bomb.
    buffer = io.BytesIO()
    Image.new("1", (20000, 20000)).save(buffer, "PNG")
    with pytest.raises(ValidationError) as error:
        validate_hero_image(upload(buffer.getvalue()))
    assert error.value.code == "too_many_pixels"


def test_oversize_file_is_refused(settings):
    settings.BLOG_IMAGE_MAX_BYTES = 1000
    with pytest.raises(ValidationError) as error:
        validate_hero_image(upload(image_bytes("PNG")))
    assert error.value.code == "too_large"


def test_too_narrow_image_is_refused():
    with pytest.raises(ValidationError) as error:
        validate_hero_image(upload(image_bytes("PNG", size=(300, 200))))
    assert error.value.code == "too_small"


def test_renditions_are_resized_webp_and_jpeg_without_metadata():
    exif = Image.Exif()
    exif[0x010F] = "SecretCamera"  # Make
    name = default_storage.save("blog/originals/photo.jpg", io.BytesIO(image_bytes(exif=exif)))
    renditions = make_renditions(name)
    assert [(r["width"], r["height"]) for r in renditions] == [(1200, 675), (600, 338)]
    for rendition in renditions:
        for key, fmt in (("webp", "WEBP"), ("jpeg", "JPEG")):
            with default_storage.open(rendition[key]) as fh, Image.open(fh) as image:
                assert image.format == fmt
                assert image.width == rendition["width"]
                assert not image.getexif()
            assert rendition[key].startswith("blog/renditions/")


def test_small_images_are_not_upscaled():
    name = default_storage.save(
        "blog/originals/small.png", io.BytesIO(image_bytes("PNG", size=(800, 400)))
    )
    assert [r["width"] for r in make_renditions(name)] == [800, 600]


def test_exif_rotation_is_applied():
    exif = Image.Exif()
    exif[0x0112] = 6  # rotated 90 degrees: stored landscape, shown portrait
    name = default_storage.save(
        "blog/originals/rotated.jpg", io.BytesIO(image_bytes(size=(1600, 900), exif=exif))
    )
    widest = make_renditions(name)[0]
    assert widest["width"] < widest["height"]


def test_transparent_png_gets_a_white_background():
    buffer = io.BytesIO()
    Image.new("RGBA", (1000, 500), (0, 0, 0, 0)).save(buffer, "PNG")
    name = default_storage.save("blog/originals/clear.png", buffer)
    rendition = make_renditions(name)[0]
    with default_storage.open(rendition["jpeg"]) as fh, Image.open(fh) as image:
        assert image.getpixel((10, 10)) == (255, 255, 255)


@pytest.mark.django_db
def test_article_with_hero_gets_renditions_and_replacing_it_cleans_up():
    article = ArticleFactory(with_image=True)
    first = article.hero_renditions
    assert len(first) == 2
    assert all(default_storage.exists(r["webp"]) for r in first)
    article.hero_image.save("new.png", io.BytesIO(png_bytes(1300, 700)), save=False)
    article.save()
    assert article.hero_renditions != first
    assert all(default_storage.exists(r["jpeg"]) for r in article.hero_renditions)
    assert not any(default_storage.exists(r["webp"]) for r in first)


@pytest.mark.django_db
def test_saving_without_changing_the_image_keeps_its_renditions():
    article = ArticleFactory(with_image=True)
    renditions = article.hero_renditions
    article.title = "A new title"
    article.save()
    assert article.hero_renditions == renditions
