"""The page's forms sorted by what they ask for (``PageTags.forms_by_kind``), each
form's fields read in one pass: an email address, a password, a search of the site."""

from __future__ import annotations

from lxml import etree

from newsclean.dom.page_tags import PageTags


def kinds(form: str, around: str = "{}") -> tuple[bool, bool, bool]:
    """Whether the one form of the page asks for an email address, for a password, and
    searches the site."""
    root = etree.fromstring(f"<html><body>{around.format(form)}</body></html>", etree.HTMLParser())
    tags = PageTags(root)
    found = tags.forms_by_kind()
    (only,) = tags.forms
    return only in found.email, only in found.password, only in found.search


def test_a_sign_up_form_asks_for_an_email_address() -> None:
    assert kinds("<form method='post'><input type='email' name='to'></form>") == (
        True,
        False,
        False,
    )
    # a field named for the address, in any case of those letters, asks for one too
    assert kinds("<form method='post'><input type='text' name='E-Mail'></form>")[0]


def test_a_log_in_form_asks_for_a_password_whatever_the_case_of_its_type() -> None:
    form = "<form method='post'><input name='user'><input type='PassWord' name='pw'></form>"
    assert kinds(form) == (False, True, False)
    assert not kinds("<form><input type='passwords'></form>")[1]


def test_a_form_sent_with_get_whose_one_typed_field_is_text_searches() -> None:
    assert kinds("<form action='/' method='GET'><input name='q'><button>Go</button></form>")[2]
    assert kinds("<form action='/'><input type='text' name='q'></form>")[2]
    # posted, two text fields, a text area or an email field: no search
    assert not kinds("<form method='post'><input name='q'></form>")[2]
    assert not kinds("<form><input name='a'><input name='b'></form>")[2]
    assert not kinds("<form><input name='q'><textarea></textarea></form>")[2]
    assert not kinds("<form><input name='q'><input type='email'></form>")[2]


def test_a_form_marked_as_a_search_searches_however_it_is_sent() -> None:
    assert kinds("<form method='post' role='search'><input name='a'><input name='b'></form>")[2]
    assert kinds("<form method='post'><input name='a'></form>", "<div role='search'>{}</div>")[2]
    assert kinds("<form method='post'><input type='search' name='a'><input name='b'></form>")[2]
