"""The fields of :class:`newsclean.settings.Tuning`, one class per stage of the pipeline.

``Tuning`` inherits them all; import it from ``newsclean.settings``. A new threshold
goes in the class of the stage that reads it. The few thresholds that engine code
reads without a tuning at hand are constants of their stage's module, beside its class;
those of reading the metadata are in ``metadata.py``.
"""
