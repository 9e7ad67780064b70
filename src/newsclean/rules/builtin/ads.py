"""Advertising and paid offers: ad slots and their labels, subscription and paywall boxes."""

from __future__ import annotations

from ..matchers import Text
from ..model import Effect, Rule
from .common import word_drop
from .lexicon.labels import AD_LABEL_TEXTS

AD_SLOTS = word_drop(
    "ad-slots",
    "ad ads adv advert adverts advertisement advertising ad-slot adslot ad-unit adunit "
    "ad-container ad-wrapper adbox ad-box ad-banner ad-placeholder place-ad dfp gpt "
    "google-ad adsense doubleclick sponsor sponsored sponsorship sponsor-wrapper "
    "partner-content native-ad commercial taboola outbrain teads plista ligatus banner "
    "affiliate affiliate-link shop-button buy-button shopping-widget product-widget "
    "billboard leaderboard skyscraper superbanner mpu werbung anzeige publicite "
    "publicidad",
    "Ad slots, sponsor blocks and content-recommendation widgets.",
)


AD_LABELS = Rule(
    "ad-labels",
    Text(AD_LABEL_TEXTS, max_length=40),
    Effect.DROP,
    strong=True,
    description="Labels such as 'Advertisement' or 'Supported by' left beside ad slots.",
)


NEWSLETTER_SUBSCRIPTION = word_drop(
    "newsletter-subscription",
    "newsletter newsletters subscribe subscription subscriptions subscriber signup sign-up "
    "optin opt-in mailchimp paywall regwall reg-wall piano inline-cta call-to-action "
    "membership donate donation premium-teaser premium-banner abo abonnement",
    "Newsletter sign-ups, subscription offers and paywall boxes.",
)


RULES: tuple[Rule, ...] = (
    AD_SLOTS,
    AD_LABELS,
    NEWSLETTER_SUBSCRIPTION,
)
