"""Processing provider and algorithms of Mapuj Pomoc (usable in models, batch mode and qgis_process)."""
