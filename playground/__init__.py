"""NN Playground: a desktop neural-network playground for truth tables."""

__version__ = "0.1.0"
APP_NAME = "NN Playground"
APP_ID = "nn-playground"
ORG_NAME = "NN Playground"
ORG_DOMAIN = "nn-playground.org"
DESKTOP_FILE_NAME = "org.nn_playground.NNPlayground"
