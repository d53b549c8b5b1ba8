"""Small shared widgets: flow layout, steady labels, plain text, contrast, accessibility."""
