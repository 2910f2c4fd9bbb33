"""FHIR R4 export following India's ABDM document profiles."""
