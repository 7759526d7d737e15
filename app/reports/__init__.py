"""PDF reports built with reportlab from service results."""
