"""The fields of :class:`newsclean.settings.Tuning`, one class per stage of the pipeline.

``Tuning`` inherits them all; import it (and the constants) from ``newsclean.settings``.
A new threshold goes in the class of the stage that reads it.
"""
