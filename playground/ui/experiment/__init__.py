"""The experiment's editors: the dataset table and its model, the generator and fill dialogs, the settings form built from FIELDS, and the undo stack over the Experiment's commands."""
