"""newsclean inside other tools: Spark (:mod:`.spark`) and pytest (:mod:`.testing`)."""
