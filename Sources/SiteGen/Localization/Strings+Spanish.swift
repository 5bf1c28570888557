extension LocalizedStrings {
    /// Spanish, the default language of sitegen sites.
    public static let spanish = LocalizedStrings(
        languageCode: "es",
        ui: [
            "search": "Buscar",
            "searchPlaceholder": "Buscar en el sitio",
            "searchNoResults": "Sin resultados",
            "searchResults": "Resultados de la búsqueda",
            "searchResultsCount": "Páginas encontradas: {count}",
            "verifiedTitle": "Compilado y ejecutado por sitegen verify-snippets",
            "verifiedTitleRun": "Ejecutado y comprobado por sitegen verify-snippets",
            "breadcrumbs": "Ruta de navegación",
            "onThisPage": "En esta página",
            "previous": "Anterior",
            "next": "Siguiente",
            "copy": "Copiar",
            "copied": "Copiado",
            "output": "Salida",
            "verified": "verificado",
            "notFound": "Página no encontrada",
            "notFoundBody": "La página que buscas no existe o se ha movido.",
            "backHome": "Volver al inicio",
            "navigation": "Navegación",
            "menu": "Menú",
            "toggleTheme": "Cambiar tema claro/oscuro",
            "home": "Inicio",
            "permalink": "Enlace permanente",
            "footnoteBack": "Volver a la nota %d en el texto",
            "editPage": "Editar esta página",
            "skipToContent": "Saltar al contenido",
        ],
        admonitionTitles: [
            "note": "Nota", "abstract": "Resumen", "info": "Información", "tip": "Consejo",
            "success": "Éxito", "question": "Pregunta", "warning": "Advertencia", "failure": "Fallo",
            "danger": "Peligro", "bug": "Error", "example": "Ejemplo", "quote": "Cita",
        ]
    )
}
