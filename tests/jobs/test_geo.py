import math

import pytest

from jobs import geo

HOUSTON = "77002"


def test_a_zip_code_is_where_the_bundled_data_puts_it():
    point = geo.zip_point(HOUSTON)
    assert point == pytest.approx(geo.Point(29.7594, -95.3594))
    assert geo.zip_point("77002-1234") == point  # ZIP+4: the ZIP code's place
    assert geo.zip_point("99999") is None
    assert geo.zip_point("7700") is None


def test_a_city_is_the_mean_of_its_zip_codes_and_without_a_state_its_largest_namesake():
    dayton = geo.city_point("Dayton", "OH")
    assert dayton == pytest.approx((39.75, -84.2), abs=0.05)
    assert geo.city_point("Dayton") == dayton  # not Dayton, TX (one ZIP code)
    assert geo.city_point("dayton", "oh") == dayton
    assert geo.city_point("St. Louis", "MO") == geo.city_point("Saint Louis", "MO") is not None
    assert geo.city_point("Winston-Salem", "NC") is not None  # "Winston Salem" in the data
    assert geo.city_point("Nowhere", "OH") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("77002", geo.zip_point("77002")),
        ("Dayton, OH", geo.city_point("Dayton", "OH")),
        ("dayton ohio", geo.city_point("Dayton", "OH")),
        ("Dayton", geo.city_point("Dayton", "OH")),
        ("  Houston,   TX ", geo.city_point("Houston", "TX")),
        ("99999", None),
        ("Springfield, ZZ", None),
        ("", None),
    ],
)
def test_locate_reads_what_a_visitor_types(text, expected):
    assert geo.locate(text) == expected


def test_a_job_is_at_its_zip_code_or_else_its_city():
    assert geo.job_point("45402", "Dayton", "OH") == geo.zip_point("45402")
    assert geo.job_point("", "Dayton", "OH") == geo.city_point("Dayton", "OH")
    assert geo.job_point("99999", "Dayton", "OH") == geo.city_point("Dayton", "OH")
    assert geo.job_point("", "Atlantis", "OH") is None


def test_distance_is_the_great_circle_distance_in_miles():
    # Dayton (45402) to Columbus (43215): about 64.5 miles as the crow flies.
    assert geo.distance_miles(geo.zip_point("45402"), geo.zip_point("43215")) == pytest.approx(
        64.5, abs=0.1
    )
    here = geo.Point(40.0, -84.0)
    assert geo.distance_miles(here, here) == 0
    # One degree of latitude is 1/360 of the earth's circumference.
    north = geo.Point(41.0, -84.0)
    assert geo.distance_miles(here, north) == pytest.approx(
        2 * math.pi * geo.EARTH_RADIUS_MILES / 360
    )


@pytest.mark.parametrize("miles", geo.RADIUS_OPTIONS)
def test_the_bounding_box_holds_the_whole_circle(miles):
    center = geo.zip_point(HOUSTON)
    south, north, west, east = geo.bounding_box(center, miles)
    for bearing in range(0, 360, 5):
        # The point `miles` away at that bearing (the destination formula).
        angle, theta = miles / geo.EARTH_RADIUS_MILES, math.radians(bearing)
        lat1, lng1 = math.radians(center.latitude), math.radians(center.longitude)
        lat2 = math.asin(
            math.sin(lat1) * math.cos(angle) + math.cos(lat1) * math.sin(angle) * math.cos(theta)
        )
        lng2 = lng1 + math.atan2(
            math.sin(theta) * math.sin(angle) * math.cos(lat1),
            math.cos(angle) - math.sin(lat1) * math.sin(lat2),
        )
        lat, lng = math.degrees(lat2), math.degrees(lng2)
        assert south - 1e-9 <= lat <= north + 1e-9 and west - 1e-9 <= lng <= east + 1e-9


def test_lookups_are_cached_after_the_first():
    geo.zip_point("45402")
    hits = geo.zip_point.cache_info().hits
    geo.zip_point("45402")
    assert geo.zip_point.cache_info().hits == hits + 1
