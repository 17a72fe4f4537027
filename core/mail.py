"""Email printed to the terminal (development): readable, with links that can be copied.

Django's console backend prints a message as it would go over SMTP: quoted-printable for any
text with a non-ASCII character or a line over 78 characters, so a sign-in link comes out broken
over two lines, with `=` turned into `=3D`. Here the text parts are printed 8-bit, as UTF-8 with
lines up to SMTP's limit of 998 characters. Only the printing changes: what the SMTP backend
sends is untouched.
"""

import email.policy

from django.core.mail.backends.console import EmailBackend

# UTF-8 headers and 8-bit bodies, wrapped only past SMTP's line limit (RFC 5322, 2.1.1).
READABLE = email.policy.default.clone(utf8=True, cte_type="8bit", max_line_length=998)


class ConsoleEmailBackend(EmailBackend):
    def write_message(self, message):
        text = message.message(policy=READABLE).as_bytes().decode("utf-8", "replace")
        self.stream.write(f"{text}\n{'-' * 79}\n")
