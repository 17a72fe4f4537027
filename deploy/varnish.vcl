vcl 4.1;
# Varnish in front of gunicorn (or of nginx serving the static files), an alternative to
# deploy/nginx.conf's cache: purges by tag, so every page that shows a job leaves at once, every
# query string of /jobs/ included (CACHE_PURGE_BACKEND=varnish, CACHE_PURGE_URL=http://127.0.0.1:6081).
#
#   apt-get install varnish varnish-modules     (vmod xkey)
#   varnishd -a :6081 -f /etc/varnish/amtec.vcl -s malloc,1G
#
# The app says what may be kept (Cache-Control: public pages for anonymous visitors, s-maxage,
# stale-while-revalidate, stale-if-error); Varnish honours s-maxage and keeps stale pages through
# `grace` and `keep`. Tags come in the Surrogate-Key header (copied to xkey's header).
# CACHE_PURGE_VARNISH_MODE=xkey (default) sends `PURGE` with `xkey-purge: job-12 jobs`;
# =ban sends `BAN` with `X-Ban-Tags` for a Varnish without vmod xkey.

import std;
import xkey;

backend app {
    .host = "127.0.0.1";
    .port = "8000";  # ADAPT: gunicorn
    .first_byte_timeout = 60s;
}

acl purgers {
    "127.0.0.1";
    "::1";
    # ADAPT: the app servers and workers that send purges
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (req.http.xkey-purge) {
            set req.http.n-gone = xkey.purge(req.http.xkey-purge);
            return (synth(200, "Purged " + req.http.n-gone));
        }
        return (purge);
    }
    if (req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        # Tags are [a-z0-9-]: one ban per purge, matching any of them as whole words.
        ban("obj.http.Surrogate-Key ~ (^|\s)(" + regsuball(req.http.X-Ban-Tags, "\s+", "|") + ")(\s|$)");
        return (synth(200, "Banned"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # A session (signed-in staff, a candidate who started to apply) goes straight to the app.
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Tracking parameters are not part of a page (core.cache.TRACKING_PARAMS).
    set req.url = regsuball(req.url, "([?&])(utm_[A-Za-z_]*|source|gclid|fbclid|msclkid)=[^&]*", "\1");
    set req.url = regsuball(req.url, "&&+", "&");
    set req.url = regsub(req.url, "\?&", "?");
    set req.url = regsub(req.url, "[?&]$", "");
    # One gzipped and one plain copy, whatever the browser's spelling of Accept-Encoding.
    if (req.http.Accept-Encoding ~ "gzip") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }
    # Public pages depend on no cookie (the app says so by sending no Vary: Cookie).
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    # The scheme is part of the page: a plain-HTTP redirect must never answer an HTTPS visit.
    hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_backend_response {
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    # What stale-while-revalidate and stale-if-error allow, as Varnish's grace and keep.
    if (beresp.http.Cache-Control ~ "stale-while-revalidate=\d+") {
        set beresp.grace = std.duration(regsub(beresp.http.Cache-Control,
            ".*stale-while-revalidate=(\d+).*", "\1") + "s", 0s);
    }
    if (beresp.http.Cache-Control ~ "stale-if-error=\d+") {
        set beresp.keep = std.duration(regsub(beresp.http.Cache-Control,
            ".*stale-if-error=(\d+).*", "\1") + "s", 0s);
    }
    # Never keep what the app did not make public.
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control !~ "public") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
}

sub vcl_backend_error {
    # The app is down: a stale copy within stale-if-error (keep) is better than an error.
    if (bereq.is_bgfetch) {
        return (abandon);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache-Status = "HIT";
    } else {
        set resp.http.X-Cache-Status = "MISS";
    }
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Cache-Tag;
}
