"""Why a file is refused, in words. Fixed sentences (no numbers inside) so the interface can
translate them; each completes "The file NAME …"."""

from __future__ import annotations

UNREADABLE = "cannot be read"
EMPTY = "is empty"
TOO_LARGE = "is too large to be examined"
NOT_A_PDF = "is not a PDF file"
UNKNOWN_KIND = "is neither a PDF nor a JPEG, PNG or TIFF image"
WRONG_EXTENSION = "has a name that does not match its content (rename it with the right extension)"
TRUNCATED = "is truncated: its end is missing"
DAMAGED = "is damaged and cannot be read"
DAMAGED_UNSAFE = "is damaged and cannot be repaired safely"
ENCRYPTED = "is protected by a password; ask for an unprotected copy"
NO_PAGES = "has no pages"
TOO_MANY_PAGES = "has an absurd number of pages"
PAGE_SIZE = "has a page of absurd size"
JAVASCRIPT = "contains JavaScript, which is not allowed"
LAUNCH = "contains an action that launches programs, which is not allowed"
URI = "contains links or actions that open web addresses, which is not allowed"
OTHER_ACTION = "contains actions that open or send other files, which is not allowed"
AUTO_ACTION = "contains automatic actions, which is not allowed"
EMBEDDED = "contains embedded files, which is not allowed"
XFA = "contains an XFA form, which is not allowed"
MULTIMEDIA = "contains multimedia content, which is not allowed"
BOMB = "expands to an absurd size when read (a decompression bomb)"
IMAGE_SIZE = "contains an image of absurd dimensions"
IMAGE_DAMAGED = "is an image that is damaged or truncated"
TIMEOUT = "took too long to examine and was given up"
MEMORY = "needs too much memory to examine"
CRASHED = "made the examination fail"

ALL = (
    UNREADABLE,
    EMPTY,
    TOO_LARGE,
    NOT_A_PDF,
    UNKNOWN_KIND,
    WRONG_EXTENSION,
    TRUNCATED,
    DAMAGED,
    DAMAGED_UNSAFE,
    ENCRYPTED,
    NO_PAGES,
    TOO_MANY_PAGES,
    PAGE_SIZE,
    JAVASCRIPT,
    LAUNCH,
    URI,
    OTHER_ACTION,
    AUTO_ACTION,
    EMBEDDED,
    XFA,
    MULTIMEDIA,
    BOMB,
    IMAGE_SIZE,
    IMAGE_DAMAGED,
    TIMEOUT,
    MEMORY,
    CRASHED,
)
