package vn.lantoa.newsroom.web;

import java.util.List;
import vn.lantoa.newsroom.Category;

/** View model of {@code newsroom/categories.jte}. */
public record CategoriesPage(List<Category> categories, String error, String notice) {}
