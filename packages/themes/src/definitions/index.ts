export { type CreatedTheme, createTheme } from "./create-theme.ts";
export { deleteTheme } from "./delete-theme.ts";
export {
  checkDefinition,
  slugify,
  THEME_KINDS,
  type ThemeCreateInput,
  ThemeInputError,
  type ThemeUpdateInput,
  themeCreateSchema,
  themeUpdateSchema,
} from "./input.ts";
export { type UpdatedTheme, updateTheme } from "./update-theme.ts";
